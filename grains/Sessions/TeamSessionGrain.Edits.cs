using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.Grains.Children;
using BackaBarnet.Live.Grains.Directory;

namespace BackaBarnet.Live.Grains.Sessions;

/// <summary>The live behovskompass and the live plan.</summary>
internal sealed partial class TeamSessionGrain
{
    public async Task<EditOutcome> SubmitRatingsAsync(Guid childId, IReadOnlyList<AreaRating> ratings, string actorId)
    {
        var child = RequireEditable(childId, actorId);
        child.Ratings[actorId] = [.. SessionRules.ValidateRatings(ratings)];

        // Before the reveal the others learn only that this participant has rated.
        return Applied(child.Revealed
            ? await EmitRevealedAsync(child, actorId, "rated")
            : await EmitAsync(SessionEventKind.RatingsSubmitted, actorId, e => e with { ChildId = childId, RatedBy = actorId }, "rated"));
    }

    public async Task<EditOutcome> RevealRatingsAsync(Guid childId, string actorId)
    {
        var child = RequireEditable(childId, actorId);
        RequireConvener(actorId, "reveal the ratings");
        RequireSees(child, actorId, MeetingPermissions.Reveal, "reveal the ratings");
        child.Revealed = true;
        return Applied(await EmitRevealedAsync(child, actorId, "revealed the ratings"));
    }

    public async Task<EditOutcome> SetConsensusAsync(Guid childId, NeedsArea area, int? value, string actorId)
    {
        var child = RequireEditable(childId, actorId);
        RequireSees(child, actorId, MeetingPermissions.SetConsensus, "set the consensus");
        DefinedEnum.Validate("area", area);
        if (value is { } rating)
        {
            child.Consensus[area] = rating is >= AssessmentRules.MinRating and <= AssessmentRules.MaxRating
                ? rating
                : throw new DomainRuleException("value", $"must be from {AssessmentRules.MinRating} to {AssessmentRules.MaxRating} (was {rating}).", ErrorCodes.FieldOutOfRange, ErrorCodes.Args(("min", AssessmentRules.MinRating), ("max", AssessmentRules.MaxRating), ("actual", rating)));
        }
        else
        {
            child.Consensus.Remove(area);
        }

        child.ConsensusChanges[area] = new AreaChange(area, actorId, Now);
        return Applied(await EmitAsync(SessionEventKind.ConsensusSet, actorId, e => e with
        {
            ChildId = childId,
            Consensus = child.ConsensusRatings(),
            ConsensusChanges = child.ConsensusChangeList(),
        }, "set the consensus"));
    }

    public async Task<EditOutcome> SaveActionAsync(Guid childId, Guid? actionId, SessionActionInput action, long expectedItemVersion, string actorId)
    {
        var child = RequireEditable(childId, actorId);
        EditVersions.RequireNotNegative("expectedItemVersion", expectedItemVersion);
        var valid = SessionRules.Validate(action, state.State);
        var index = actionId is { } id ? child.Actions.FindIndex(a => a.ActionId == id) : -1;
        if (actionId is not null && index < 0)
        {
            return Removed(child, actionId.Value);
        }

        var current = index >= 0 ? child.Actions[index] : null;
        RequireOwnActionUnlessSees(child, actorId, current, valid.AssigneeId);
        if (current is not null && current.ItemVersion != expectedItemVersion)
        {
            return Stale(current, expectedItemVersion);
        }

        if (current is not null && !PlanRules.CanMove(current.Status, valid.Status))
        {
            throw new DomainRuleException("status", $"an action that is {current.Status} cannot become {valid.Status}.", ErrorCodes.PlanActionStatusMove, ErrorCodes.Args(("from", current.Status), ("to", valid.Status)));
        }

        var saved = new SessionPlanAction(
            actionId ?? Guid.NewGuid(), valid.What, valid.Agency, valid.AssigneeId, valid.Due, valid.Status, (current?.ItemVersion ?? 0) + 1)
        {
            ChangedBy = actorId,
            ChangedAt = Now,
            SharedWithFamily = valid.SharedWithFamily,
        };
        if (index >= 0)
        {
            child.Actions[index] = saved;
        }
        else
        {
            child.Actions.Add(saved);
        }

        return Applied(await EmitAsync(SessionEventKind.PlanActionSaved, actorId, e => e with { ChildId = childId, Action = saved }, "saved a plan action")) with { ActionId = saved.ActionId };
    }

    public async Task<EditOutcome> RemoveActionAsync(Guid childId, Guid actionId, long expectedItemVersion, string actorId)
    {
        var child = RequireEditable(childId, actorId);
        EditVersions.RequireNotNegative("expectedItemVersion", expectedItemVersion);
        var current = child.Actions.FirstOrDefault(a => a.ActionId == actionId);
        if (current is null)
        {
            return Removed(child, actionId);
        }

        RequireOwnActionUnlessSees(child, actorId, current, current.AssigneeId);
        if (current.ItemVersion != expectedItemVersion)
        {
            return Stale(current, expectedItemVersion);
        }

        child.Actions.Remove(current);
        child.RemovedActionIds.Add(actionId);
        return Applied(await EmitAsync(SessionEventKind.PlanActionRemoved, actorId, e => e with { ChildId = childId, RemovedActionId = actionId }, "removed a plan action"));
    }

    public async Task<EditOutcome> SaveDetailsAsync(Guid childId, SessionPlanDetails details, long expectedItemVersion, string actorId)
    {
        var child = RequireEditable(childId, actorId);
        RequireSees(child, actorId, MeetingPermissions.SaveDetails, "change the plan's goals and details");
        EditVersions.RequireNotNegative("expectedItemVersion", expectedItemVersion);
        var valid = SessionRules.Validate(details);
        await RequireCoordinatorNamedByContactAsync(child, valid.SupportCoordinatorId, actorId);
        if (child.DetailsVersion != expectedItemVersion)
        {
            return new EditOutcome(false, state.State.Version, StaleReason(child.DetailsVersion, expectedItemVersion))
            {
                CurrentDetails = child.Details,
                CurrentItemVersion = child.DetailsVersion,
            };
        }

        child.Details = valid;
        child.DetailsVersion++;
        child.DetailsChangedBy = actorId;
        child.DetailsChangedAt = Now;
        return Applied(await EmitAsync(SessionEventKind.PlanDetailsSaved, actorId, e => e with
        {
            ChildId = childId,
            Details = valid,
            DetailsVersion = child.DetailsVersion,
        }, "saved the plan details"));
    }

    /// <summary>
    /// In the meeting as outside it, only the child's barnkontakt names or clears the stödsamordnare,
    /// and only an active practitioner in the directory can be named.
    /// </summary>
    private async Task RequireCoordinatorNamedByContactAsync(AgendaChildState child, string? proposed, string actorId)
    {
        if (proposed == child.Details.SupportCoordinatorId)
        {
            return;
        }

        var childContactId = child.Sharing?.ChildContactId ?? (await GrainFactory.GetGrain<IChildGrain>(child.ChildId).GetSnapshotAsync()).ChildContactId;
        ChildAccess.RequireContactForCoordinatorChange(childContactId, child.Details.SupportCoordinatorId, proposed, actorId);
        if (proposed is not null)
        {
            await Practitioners.RequireAgencyAsync(GrainFactory, "supportCoordinatorId", proposed);
        }
    }

    private Task<SessionEvent> EmitRevealedAsync(AgendaChildState child, string actorId, string audited) =>
        EmitAsync(SessionEventKind.RatingsRevealed, actorId, e => e with
        {
            ChildId = child.ChildId,
            Ratings = SessionViews.AllRatings(child),
            Spread = RatingSpread.Of(child.Ratings.Values),
            ChildOwnView = child.ChildOwnView.ToArray(),
            GuardianView = child.GuardianView.ToArray(),
        }, audited);

    private EditOutcome Stale(SessionPlanAction current, long expectedItemVersion) =>
        new(false, state.State.Version, StaleReason(current.ItemVersion, expectedItemVersion))
        {
            CurrentAction = current,
            CurrentItemVersion = current.ItemVersion,
        };

    /// <summary>
    /// An edit of an action someone else removed is a stale edit like any other (refused, with
    /// nothing current to show); an id that never was on the plan is bad input.
    /// </summary>
    private EditOutcome Removed(AgendaChildState child, Guid actionId) =>
        child.RemovedActionIds.Contains(actionId)
            ? new EditOutcome(false, state.State.Version, "Someone else removed this action first.")
            : throw new DomainRuleException("actionId", $"no action {actionId} on this child's plan in the meeting.", ErrorCodes.PlanActionNotFound);

    /// <summary>Without the guardians' consent for their agency a participant works on their own ratings and actions only.</summary>
    private void RequireSees(AgendaChildState child, string actorId, string permission, string what)
    {
        if (!MeetingPermissions.Can(permission, actorId == state.State.ConvenerId, state.State.Sees(actorId, child)))
        {
            throw new NotPermittedException($"The guardians' consent does not cover your agency for {child.DisplayName}: you may not {what}; you take part with your own ratings and actions.", ErrorCodes.AccessConsentRestricted, ErrorCodes.Args(("childId", child.ChildId)));
        }
    }

    private void RequireOwnActionUnlessSees(AgendaChildState child, string actorId, SessionPlanAction? current, string? newAssigneeId)
    {
        var mayEditAny = MeetingPermissions.Can(MeetingPermissions.EditAnyAction, actorId == state.State.ConvenerId, state.State.Sees(actorId, child));
        if (!mayEditAny && (newAssigneeId != actorId || (current is not null && current.AssigneeId != actorId)))
        {
            throw new NotPermittedException($"The guardians' consent does not cover your agency for {child.DisplayName}: you may change only actions assigned to you.", ErrorCodes.AccessConsentRestricted, ErrorCodes.Args(("childId", child.ChildId)));
        }
    }

    private static string StaleReason(long current, long expected) =>
        $"Someone else changed this first (it is at version {current}, your edit was based on {expected}); here is the current value.";
}
