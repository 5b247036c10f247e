namespace BackaBarnet.Live.GrainInterfaces.Contacts;

/// <summary>One period as the child's barnkontakt; the history keeps them all.</summary>
[GenerateSerializer, Alias("bb.ContactAssignment")]
public sealed record ContactAssignment(
    string ProfessionalId,
    ChildContactRole Role,
    DateTimeOffset From,
    DateTimeOffset? Until,
    HandoverSummary? ReceivedSummary);
