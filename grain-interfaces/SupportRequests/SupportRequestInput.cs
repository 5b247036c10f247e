using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.SupportRequests;

/// <summary>A begäran om insats as the sender writes it: to which kind of agency, the question, and the behovskompass areas it is about.</summary>
[GenerateSerializer, Alias("bb.SupportRequestInput")]
public sealed record SupportRequestInput(AgencyKind ToAgency, string Question, IReadOnlyList<NeedsArea> Areas);
