namespace BackaBarnet.Live.GrainInterfaces.Contacts;

/// <summary>The family declined barnkontakt support; recorded by the barnkontakt on their behalf.</summary>
[GenerateSerializer, Alias("bb.SupportDecline")]
public sealed record SupportDecline(DateTimeOffset DeclinedAt, string RecordedBy, string? Reason);
