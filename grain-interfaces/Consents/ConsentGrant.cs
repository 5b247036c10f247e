using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Consents;

/// <summary>A guardian's consent to share information with one kind of agency, from a date, possibly until a date.</summary>
[GenerateSerializer, Alias("bb.ConsentGrant")]
public sealed record ConsentGrant(AgencyKind Agency, string GivenBy, DateOnly GivenOn, DateOnly? ValidUntil);
