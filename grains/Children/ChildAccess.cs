using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>Who may make which change to a child's record, by the role they hold for the child.</summary>
internal static class ChildAccess
{
    public static void RequireContact(ChildState state, string actorId, string change)
    {
        if (actorId != state.ChildContactId)
        {
            throw new NotPermittedException($"Only the child's current barnkontakt may {change}.");
        }
    }

    /// <summary>The barnkontakt and the stödsamordnare hold the pen for the plan and the linked forums.</summary>
    public static void RequirePlanEditor(ChildState state, string actorId, string change)
    {
        if (actorId != state.ChildContactId && actorId != state.Plan.Details.SupportCoordinatorId)
        {
            throw new NotPermittedException($"Only the child's barnkontakt or stödsamordnare may {change}.");
        }
    }

    /// <summary>Anyone working with the child: barnkontakt, stödsamordnare or a responsible for a plan action.</summary>
    public static void RequireTeamMember(ChildState state, string actorId, string change)
    {
        var isTeamMember = actorId == state.ChildContactId
            || actorId == state.Plan.Details.SupportCoordinatorId
            || state.Plan.Actions.Any(a => a.ResponsibleId == actorId);
        if (!isTeamMember)
        {
            throw new NotPermittedException($"Only the child's barnkontakt, stödsamordnare or a responsible for a plan action may {change}.");
        }
    }
}
