using BackaBarnet.Live.GrainInterfaces.Children;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>
/// Who may read a child's record: a professional with a role for the child. (Consent-gated
/// views across agencies come with the access-control work; until then the roles below see it.)
/// </summary>
internal static class ChildReadAccess
{
    public static bool Allows(ChildSnapshot child, string professionalId) =>
        child.ChildContactId == professionalId
        || child.PendingHandover?.Handover.ToProfessionalId == professionalId
        || child.Plan?.Details.SupportCoordinatorId == professionalId
        || child.Plan?.Actions.Any(a => a.ResponsibleId == professionalId) == true;
}
