using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Family;

/// <summary>
/// Consent for one agency kind as the family sees it: in force or not, and which guardians have
/// said yes so far (under the two-guardian rule an agency opens when both have).
/// </summary>
[GenerateSerializer, Alias("bb.FamilyConsentState")]
public sealed record FamilyConsentState(AgencyKind Agency, bool InForce, IReadOnlyList<int> GivenByGuardians, int GuardiansNeeded);
