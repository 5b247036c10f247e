namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>What a reconnecting client missed: the events after its version, or (when those are no longer kept) a snapshot.</summary>
[GenerateSerializer, Alias("bb.SessionCatchUp")]
public sealed record SessionCatchUp(IReadOnlyList<SessionEvent>? Events, SessionSnapshot? Snapshot);
