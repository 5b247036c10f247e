namespace BackaBarnet.Live.GrainInterfaces.LinkedProcesses;

[GenerateSerializer, Alias("bb.LinkedProcessView")]
public sealed record LinkedProcessView(Guid ProcessId, LinkedProcessInput Process, string RecordedBy, DateTimeOffset UpdatedAt);
