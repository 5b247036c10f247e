namespace BackaBarnet.Live.GrainInterfaces.Contacts;

/// <summary>One period as the child's barnkontakt; the history keeps them all.</summary>
[GenerateSerializer, Alias("bb.ContactAssignment")]
public sealed record ContactAssignment(
    string ProfessionalId,
    ChildContactRole Role,
    DateTimeOffset From,
    DateTimeOffset? Until,
    HandoverSummary? ReceivedSummary)
{
    /// <summary>The barnkontakt's unit during this period (null on records made before units existed).</summary>
    [Id(10)]
    public string? Unit { get; init; }
}
