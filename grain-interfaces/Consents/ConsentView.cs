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
    /// <summary>The child record's version this change produced.</summary>
    [Id(10)]
    public long RecordVersion { get; init; }

    public bool IsInForceOn(DateOnly date) =>
        RevokedAt is null && Grant.GivenOn <= date && (Grant.ValidUntil is not { } until || date <= until);
}
