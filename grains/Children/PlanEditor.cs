using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.GrainInterfaces.Sessions;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>
/// Changes to the one plan. Every change names the plan version it was based on; a stale one is
/// refused with the current version so nobody silently overwrites someone else's edit.
/// </summary>
internal static class PlanEditor
{
    public static PlanActionView AddAction(ChildState state, PlanActionInput action, long expectedVersion, string actorId)
    {
        ChildAccess.RequirePlanEditor(state, actorId, "change the plan");
        var valid = PlanRules.Validate(action);
        RequireVersion(state.Plan, expectedVersion);
        if (valid.Status is not (PlanActionStatus.Planned or PlanActionStatus.Active))
        {
            throw new DomainRuleException("status", "a new action starts as Planned or Active.");
        }

        var added = new PlanActionView(Guid.NewGuid(), valid.What, valid.Agency, valid.ResponsibleId, valid.Start, valid.Due, valid.Status);
        state.Plan.Actions.Add(added);
        state.Plan.Version++;
        return added;
    }

    public static PlanActionView UpdateAction(ChildState state, Guid actionId, PlanActionInput action, long expectedVersion, string actorId)
    {
        ChildAccess.RequirePlanEditor(state, actorId, "change the plan");
        var valid = PlanRules.Validate(action);
        RequireVersion(state.Plan, expectedVersion);
        var index = state.Plan.Actions.FindIndex(a => a.ActionId == actionId);
        if (index < 0)
        {
            throw new DomainRuleException("actionId", $"no action {actionId} in this plan.");
        }

        var current = state.Plan.Actions[index];
        if (!PlanRules.CanMove(current.Status, valid.Status))
        {
            throw new StateConflictException($"An action that is {current.Status} cannot become {valid.Status}.", state.Plan.Version);
        }

        var updated = new PlanActionView(actionId, valid.What, valid.Agency, valid.ResponsibleId, valid.Start, valid.Due, valid.Status);
        state.Plan.Actions[index] = updated;
        state.Plan.Version++;
        return updated;
    }

    public static void UpdateDetails(ChildState state, PlanDetails details, long expectedVersion, string actorId)
    {
        ChildAccess.RequirePlanEditor(state, actorId, "change the plan");
        var valid = PlanRules.Validate(details);
        RequireVersion(state.Plan, expectedVersion);
        state.Plan.Details = valid;
        state.Plan.Version++;
    }

    /// <summary>
    /// The plan as a closed meeting left it: its actions replace those with the same id, actions
    /// removed in the meeting go, and goals, stödsamordnare and follow-up are the meeting's. The
    /// child's and guardians' own words stay as they were.
    /// </summary>
    public static void ApplyMeeting(ChildState state, TeamSessionOutcome outcome)
    {
        state.Plan.Actions.RemoveAll(a => outcome.RemovedActionIds.Contains(a.ActionId));
        foreach (var action in outcome.Actions)
        {
            var index = state.Plan.Actions.FindIndex(a => a.ActionId == action.ActionId);
            var start = index >= 0 ? state.Plan.Actions[index].Start : null;
            var applied = new PlanActionView(action.ActionId, action.What, action.Agency, action.AssigneeId, start, action.Due, action.Status);
            if (index >= 0)
            {
                state.Plan.Actions[index] = applied;
            }
            else
            {
                state.Plan.Actions.Add(applied);
            }
        }

        state.Plan.Details = state.Plan.Details with
        {
            Goals = outcome.Goals,
            SupportCoordinatorId = outcome.SupportCoordinatorId,
            NextFollowUp = outcome.NextFollowUp,
        };
        state.Plan.Version++;
    }

    private static void RequireVersion(PlanState plan, long expectedVersion)
    {
        if (expectedVersion != plan.Version)
        {
            throw new StateConflictException(
                $"The plan was changed by someone else: it is at version {plan.Version}, the change was based on version {expectedVersion}. Re-read the plan and try again.",
                plan.Version);
        }
    }
}
