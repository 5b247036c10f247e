namespace BackaBarnet.Live.GrainInterfaces.Chronology;

/// <summary>
/// One event in the child's chronology: who, what, when. The summary is written by the system
/// (never a copy of free text), so the chronology can be shown wherever the record is.
/// </summary>
[GenerateSerializer, Alias("bb.ChronologyEntry")]
public sealed record ChronologyEntry(DateTimeOffset At, string ActorId, string Kind, string Summary, long Version);
