namespace BackaBarnet.Live.GrainInterfaces.LinkedProcesses;

[GenerateSerializer, Alias("bb.LinkedProcessInput")]
public sealed record LinkedProcessInput(LinkedProcessKind Kind, LinkedProcessStatus Status, string Responsible, string? Note);
