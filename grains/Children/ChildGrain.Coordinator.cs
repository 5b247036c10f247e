using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.Grains.Directory;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>
/// Naming the stödsamordnare: the barnkontakt alone names or clears them, and only an active
/// practitioner in the directory can be named. Their agency kind is kept so that their access
/// follows the guardians' consent for it (see <see cref="ChildAccess"/>).
/// </summary>
internal sealed partial class ChildGrain
{
    /// <summary>The agency kind of a newly named stödsamordnare; the kept one when they stay; null when cleared.</summary>
    private async Task<AgencyKind?> NewCoordinatorAgencyAsync(string? proposed, string actorId)
    {
        var current = state.State.Plan.Details.SupportCoordinatorId;
        if (proposed == current)
        {
            return state.State.Plan.SupportCoordinatorAgency;
        }

        // Refused before the directory is asked: who may not name anyone learns nothing about an id.
        ChildAccess.RequireContactForCoordinatorChange(state.State.ChildContactId, current, proposed, actorId);
        return proposed is null
            ? null
            : await Practitioners.RequireAgencyAsync(GrainFactory, "supportCoordinatorId", ProfessionalId.Validate("supportCoordinatorId", proposed));
    }

    /// <summary>
    /// The meeting checked who named the stödsamordnare; the record checks the directory again at
    /// closing, and one who is no longer a practitioner is kept with no agency (so opens nothing).
    /// </summary>
    private async Task<AgencyKind?> MeetingCoordinatorAgencyAsync(string? named)
    {
        if (named == state.State.Plan.Details.SupportCoordinatorId)
        {
            return state.State.Plan.SupportCoordinatorAgency;
        }

        return named is null ? null : await Practitioners.AgencyOfAsync(GrainFactory, named);
    }
}
