namespace BackaBarnet.Live.GrainInterfaces.LinkedProcesses;

[GenerateSerializer, Alias("bb.LinkedProcessView")]
public sealed record LinkedProcessView(Guid ProcessId, LinkedProcessInput Process, string RecordedBy, DateTimeOffset UpdatedAt)
{
    /// <summary>The child record's version this change produced.</summary>
    [Id(10)]
    public long RecordVersion { get; init; }
}
