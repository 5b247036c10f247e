using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Family;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>
/// Guardians give or take back consent on their own device during a meeting. Under the
/// all-guardians rule the consent is recorded when the last guardian says yes; one guardian's
/// no ends it at once, since sharing needs every guardian's yes.
/// </summary>
internal sealed partial class ChildGrain
{
    public Task<IReadOnlyList<FamilyConsentState>> GetFamilyConsentsAsync(IReadOnlyList<AgencyKind> agencies, FamilyConsentRule rule)
    {
        EnsureRegistered();
        return Task.FromResult(FamilyConsents(agencies, rule));
    }

    public async Task<IReadOnlyList<FamilyConsentState>> SetFamilyConsentAsync(AgencyKind agency, int guardianNumber, bool given, FamilyConsentRule rule, IReadOnlyList<AgencyKind> agencies)
    {
        EnsureRegistered();
        DefinedEnum.Validate("agency", agency);
        if (guardianNumber < 1 || guardianNumber > Math.Max(1, state.State.Guardians.Count))
        {
            throw new NotPermittedException("Only the child's guardians may give or revoke consent.", ErrorCodes.FamilyGuardiansOnly);
        }

        if (!agencies.Contains(agency))
        {
            throw new DomainRuleException("agency", $"{agency} takes no part in this meeting.", ErrorCodes.FamilyAgencyNotInMeeting, ErrorCodes.Args(("agency", agency)));
        }

        var actorId = FamilyParticipants.Guardian(ChildId, guardianNumber);
        await CommitAsync(actorId, given ? "FamilyConsentGiven" : "FamilyConsentRevoked", s =>
        {
            var yes = s.FamilyConsentYes.TryGetValue(agency, out var existing) ? existing : s.FamilyConsentYes[agency] = [];
            var inForce = s.Consents.FindIndex(c => c.Grant.Agency == agency && c.IsInForceOn(Today));
            if (!given)
            {
                yes.Remove(guardianNumber);
                if (inForce >= 0)
                {
                    s.Consents[inForce] = s.Consents[inForce] with { RevokedAt = Now, RevokedBy = actorId };
                }

                return (true, $"Vårdnadshavare {guardianNumber} tog tillbaka samtycket för {Labels.Agency(agency)}");
            }

            if (!yes.Contains(guardianNumber))
            {
                yes.Add(guardianNumber);
            }

            if (inForce < 0 && yes.Count >= GuardiansNeeded(s, rule))
            {
                var givenBy = "Vårdnadshavare " + string.Join(" och ", yes.Order());
                s.Consents.Add(new ConsentView(Guid.NewGuid(), new ConsentGrant(agency, givenBy, Today, null), actorId, Now, null, null) { RecordVersion = s.Version + 1 });
                return (true, $"Samtycke till informationsdelning med {Labels.Agency(agency)}, givet av {givenBy.ToLowerInvariant()} i mötet");
            }

            return (true, $"Vårdnadshavare {guardianNumber} samtycker till informationsdelning med {Labels.Agency(agency)}");
        });
        return FamilyConsents(agencies, rule);
    }

    private IReadOnlyList<FamilyConsentState> FamilyConsents(IReadOnlyList<AgencyKind> agencies, FamilyConsentRule rule) =>
        agencies.Distinct().Order().Select(agency => new FamilyConsentState(
            agency,
            state.State.Consents.Any(c => c.Grant.Agency == agency && c.IsInForceOn(Today)),
            state.State.FamilyConsentYes.TryGetValue(agency, out var yes) ? yes.Order().ToArray() : [],
            GuardiansNeeded(state.State, rule))).ToArray();

    private static int GuardiansNeeded(ChildState state, FamilyConsentRule rule) =>
        rule == FamilyConsentRule.AnyGuardian ? 1 : Math.Max(1, Math.Min(state.Guardians.Count, FamilyParticipants.MaxGuardians));
}
