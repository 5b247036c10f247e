namespace BackaBarnet.Live.GrainInterfaces.Professionals;

/// <summary>A plan action a barnteam meeting assigned to this professional.</summary>
[GenerateSerializer, Alias("bb.ActionAssignment")]
public sealed record ActionAssignment(Guid ChildId, string ChildDisplayName, Guid ActionId, string What, DateOnly? Due, Guid SessionId, DateTimeOffset AssignedAt);
