using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>Enforces <see cref="ChildPermissions"/>: who may make which change, by the role they hold for the child.</summary>
internal static class ChildAccess
{
    public static void RequireContact(ChildState state, string actorId, string change)
    {
        if (!ChildPermissions.IsContact(state.ChildContactId, actorId))
        {
            throw new NotPermittedException($"Only the child's current barnkontakt may {change}.", ErrorCodes.AccessContactOnly);
        }
    }

    public static void RequirePlanEditor(ChildState state, string actorId, DateOnly today, string change)
    {
        if (!IsPlanEditor(state, actorId, today))
        {
            throw new NotPermittedException($"Only the child's barnkontakt or stödsamordnare may {change}.", ErrorCodes.AccessPlanEditorOnly);
        }
    }

    public static bool IsPlanEditor(ChildState state, string actorId, DateOnly today) =>
        ChildPermissions.IsPlanEditor(state.ChildContactId, ActiveCoordinator(state, today), actorId);

    public static void RequireTeamMember(ChildState state, string actorId, DateOnly today, string change)
    {
        if (!ChildPermissions.IsTeamMember(state.ChildContactId, ActiveCoordinator(state, today), state.Plan.Actions.Select(a => a.ResponsibleId), actorId))
        {
            throw new NotPermittedException(
                $"Only the child's barnkontakt, stödsamordnare or a responsible for a plan action may {change}.", ErrorCodes.AccessTeamMemberOnly);
        }
    }

    /// <summary>Naming or clearing the stödsamordnare is the barnkontakt's alone: the role opens the record to their agency.</summary>
    public static void RequireContactForCoordinatorChange(string childContactId, string? current, string? proposed, string actorId)
    {
        if (current != proposed && !ChildPermissions.IsContact(childContactId, actorId))
        {
            throw new NotPermittedException("Only the child's barnkontakt may name or clear the stödsamordnare.", ErrorCodes.AccessCoordinatorContactOnly);
        }
    }

    private static string? ActiveCoordinator(ChildState state, DateOnly today) =>
        ChildPermissions.ActiveCoordinator(state.Plan.Details.SupportCoordinatorId, state.Plan.SupportCoordinatorAgency, ChildSnapshots.Sharing(state, today));
}
