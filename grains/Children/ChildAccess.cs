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

    public static void RequirePlanEditor(ChildState state, string actorId, string change)
    {
        if (!ChildPermissions.IsPlanEditor(state.ChildContactId, state.Plan.Details.SupportCoordinatorId, actorId))
        {
            throw new NotPermittedException($"Only the child's barnkontakt or stödsamordnare may {change}.", ErrorCodes.AccessPlanEditorOnly);
        }
    }

    public static void RequireTeamMember(ChildState state, string actorId, string change)
    {
        if (!ChildPermissions.IsTeamMember(state.ChildContactId, state.Plan.Details.SupportCoordinatorId, state.Plan.Actions.Select(a => a.ResponsibleId), actorId))
        {
            throw new NotPermittedException(
                $"Only the child's barnkontakt, stödsamordnare or a responsible for a plan action may {change}.", ErrorCodes.AccessTeamMemberOnly);
        }
    }
}
