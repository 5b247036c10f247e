namespace BackaBarnet.Live.GrainInterfaces.Professionals;

/// <summary>A child the professional is currently barnkontakt for.</summary>
[GenerateSerializer, Alias("bb.CaseloadEntry")]
public sealed record CaseloadEntry(Guid ChildId, string ChildDisplayName, DateTimeOffset Since);
