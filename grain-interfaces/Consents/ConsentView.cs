namespace BackaBarnet.Live.GrainInterfaces.Consents;

[GenerateSerializer, Alias("bb.ConsentView")]
public sealed record ConsentView(
    Guid ConsentId,
    ConsentGrant Grant,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    DateTimeOffset? RevokedAt,
    string? RevokedBy)
{
    public bool IsInForceOn(DateOnly date) =>
        RevokedAt is null && Grant.GivenOn <= date && (Grant.ValidUntil is not { } until || date <= until);
}
