using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Hosting;
using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.GrainInterfaces.Sessions;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>
/// Changes to the one plan. Every change names the plan version it was based on; a stale one is
/// refused with the current version so nobody silently overwrites someone else's edit.
/// </summary>
internal static class PlanEditor
{
    public static PlanActionView AddAction(ChildState state, PlanActionInput action, long expectedVersion, string actorId, DateTimeOffset now)
    {
        ChildAccess.RequirePlanEditor(state, actorId, SwedishDate.DateOf(now), "change the plan");
        var valid = PlanRules.Validate(action);
        RequireVersion(state.Plan, expectedVersion);
        if (valid.Status is not (PlanActionStatus.Planned or PlanActionStatus.Active))
        {
            throw new DomainRuleException("status", "a new action starts as Planned or Active.", ErrorCodes.PlanNewActionStatus);
        }

        var added = new PlanActionView(Guid.NewGuid(), valid.What, valid.Agency, valid.ResponsibleId, valid.Start, valid.Due, valid.Status) { ChangedBy = actorId, ChangedAt = now };
        state.Plan.Actions.Add(added);
        state.Plan.Version++;
        return added;
    }

    public static PlanActionView UpdateAction(ChildState state, Guid actionId, PlanActionInput action, long expectedVersion, string actorId, DateTimeOffset now)
    {
        ChildAccess.RequirePlanEditor(state, actorId, SwedishDate.DateOf(now), "change the plan");
        var valid = PlanRules.Validate(action);
        RequireVersion(state.Plan, expectedVersion);
        var index = state.Plan.Actions.FindIndex(a => a.ActionId == actionId);
        if (index < 0)
        {
            throw new DomainRuleException("actionId", $"no action {actionId} in this plan.", ErrorCodes.PlanActionNotFound);
        }

        var current = state.Plan.Actions[index];
        if (!PlanRules.CanMove(current.Status, valid.Status))
        {
            throw new StateConflictException($"An action that is {current.Status} cannot become {valid.Status}.", state.Plan.Version, ErrorCodes.PlanActionStatusMove, ErrorCodes.Args(("from", current.Status), ("to", valid.Status)));
        }

        var updated = new PlanActionView(actionId, valid.What, valid.Agency, valid.ResponsibleId, valid.Start, valid.Due, valid.Status) { ChangedBy = actorId, ChangedAt = now };
        state.Plan.Actions[index] = updated;
        state.Plan.Version++;
        return updated;
    }

    /// <param name="coordinatorAgency">The named stödsamordnare's agency kind from the directory (checked by the caller before the change).</param>
    public static void UpdateDetails(ChildState state, PlanDetails details, AgencyKind? coordinatorAgency, long expectedVersion, string actorId, DateTimeOffset now)
    {
        ChildAccess.RequirePlanEditor(state, actorId, SwedishDate.DateOf(now), "change the plan");
        var valid = PlanRules.Validate(details);
        ChildAccess.RequireContactForCoordinatorChange(state.ChildContactId, state.Plan.Details.SupportCoordinatorId, valid.SupportCoordinatorId, actorId);
        RequireVersion(state.Plan, expectedVersion);
        if (valid.SupportCoordinatorId != state.Plan.Details.SupportCoordinatorId)
        {
            state.Plan.SupportCoordinatorAgency = coordinatorAgency;
        }

        state.Plan.Details = valid;
        state.Plan.DetailsChangedBy = actorId;
        state.Plan.DetailsChangedAt = now;
        state.Plan.Version++;
    }

    /// <summary>The responsible for an action moves it on from their own list; the plan editors may too.</summary>
    public static PlanActionView SetStatus(ChildState state, Guid actionId, PlanActionStatus status, long expectedVersion, string actorId, DateTimeOffset now)
    {
        var index = state.Plan.Actions.FindIndex(a => a.ActionId == actionId);
        if (index < 0)
        {
            throw new DomainRuleException("actionId", $"no action {actionId} in this plan.", ErrorCodes.PlanActionNotFound);
        }

        var current = state.Plan.Actions[index];
        if (current.ResponsibleId != actorId && !ChildAccess.IsPlanEditor(state, actorId, SwedishDate.DateOf(now)))
        {
            throw new NotPermittedException("Only the action's responsible, the barnkontakt or the stödsamordnare may change its status.", ErrorCodes.AccessResponsibleOnly);
        }

        DefinedEnum.Validate("status", status);
        RequireVersion(state.Plan, expectedVersion);
        if (!PlanRules.CanMove(current.Status, status))
        {
            throw new StateConflictException($"An action that is {current.Status} cannot become {status}.", state.Plan.Version, ErrorCodes.PlanActionStatusMove, ErrorCodes.Args(("from", current.Status), ("to", status)));
        }

        var updated = current with { Status = status, ChangedBy = actorId, ChangedAt = now };
        state.Plan.Actions[index] = updated;
        state.Plan.Version++;
        return updated;
    }

    /// <summary>
    /// The plan as a closed meeting left it: its actions replace those with the same id, actions
    /// removed in the meeting go, and goals, stödsamordnare and follow-up are the meeting's. The
    /// child's and guardians' own words stay as they were.
    /// </summary>
    /// <param name="coordinatorAgency">The meeting's stödsamordnare's agency kind, when the meeting named a new one.</param>
    public static void ApplyMeeting(ChildState state, TeamSessionOutcome outcome, AgencyKind? coordinatorAgency)
    {
        state.Plan.Actions.RemoveAll(a => outcome.RemovedActionIds.Contains(a.ActionId));
        foreach (var action in outcome.Actions)
        {
            var index = state.Plan.Actions.FindIndex(a => a.ActionId == action.ActionId);
            var start = index >= 0 ? state.Plan.Actions[index].Start : null;
            var applied = new PlanActionView(action.ActionId, action.What, action.Agency, action.AssigneeId, start, action.Due, action.Status)
            {
                ChangedBy = action.ChangedBy ?? outcome.ConvenerId,
                ChangedAt = action.ChangedAt ?? outcome.HeldAt,
            };
            if (index >= 0)
            {
                state.Plan.Actions[index] = applied;
            }
            else
            {
                state.Plan.Actions.Add(applied);
            }
        }

        if (outcome.SupportCoordinatorId != state.Plan.Details.SupportCoordinatorId)
        {
            state.Plan.SupportCoordinatorAgency = coordinatorAgency;
        }

        state.Plan.Details = state.Plan.Details with
        {
            Goals = outcome.Goals,
            SupportCoordinatorId = outcome.SupportCoordinatorId,
            NextFollowUp = outcome.NextFollowUp,
        };
        state.Plan.DetailsChangedBy = outcome.ConvenerId;
        state.Plan.DetailsChangedAt = outcome.HeldAt;
        state.Plan.Version++;
    }

    private static void RequireVersion(PlanState plan, long expectedVersion)
    {
        if (expectedVersion != plan.Version)
        {
            throw new StateConflictException(
                $"The plan was changed by someone else: it is at version {plan.Version}, the change was based on version {expectedVersion}. Re-read the plan and try again.",
                plan.Version,
                ErrorCodes.PlanStale,
                ErrorCodes.Args(("current", plan.Version), ("expected", expectedVersion)));
        }
    }
}
