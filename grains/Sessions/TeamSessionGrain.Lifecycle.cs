using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Identity;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.Grains.Hosting;

namespace BackaBarnet.Live.Grains.Sessions;

/// <summary>Scheduled → Open → (Closing) → Closed.</summary>
internal sealed partial class TeamSessionGrain
{
    public async Task<SessionSnapshot> ConveneAsync(NewTeamSession session, string actorId)
    {
        ProfessionalId.Validate("actorId", actorId);
        if (state.State.IsConvened)
        {
            throw new StateConflictException("This meeting has already been convened.", state.State.Version, ErrorCodes.SessionAlreadyConvened);
        }

        var valid = SessionRules.Validate(session, actorId);
        var children = new List<ChildSnapshot>();
        foreach (var childId in valid.ChildIds)
        {
            children.Add(RequireConvenable(await GrainFactory.GetGrain<IChildGrain>(childId).GetSnapshotAsync(), valid.Kind, actorId));
        }

        state.State = new TeamSessionState
        {
            IsConvened = true,
            Kind = valid.Kind,
            Status = SessionStatus.Scheduled,
            ConvenerId = actorId,
            ScheduledAt = valid.ScheduledAt,
            Participants = [.. valid.Participants],
            Agenda = children.Select(AgendaFrom).ToList(),
            Warnings = children.SelectMany(c => c.Warnings.Select(w => $"{c.DisplayName}: {w}")).ToList(),
        };
        await WriteStateAsync();

        var invitation = new SessionInvitation(SessionId, valid.Kind, valid.ScheduledAt, actorId, children.Select(c => c.DisplayName).ToArray())
        {
            ChildIds = children.Select(c => c.ChildId).ToArray(),
        };

        // Each child's record keeps the meeting's consent view current while the meeting is open.
        foreach (var child in children)
        {
            await GrainFactory.GetGrain<IChildGrain>(child.ChildId).TrackOpenSessionAsync(SessionId);
        }

        // The convener keeps the meeting in her list but is not invited to her own meeting.
        await Professional(actorId).RememberConvenedSessionAsync(invitation);
        foreach (var participant in valid.Participants.Where(p => p.Kind is ParticipantKind.Professional or ParticipantKind.ConcernReporter && p.ParticipantId != actorId))
        {
            await Professional(participant.ParticipantId).AddSessionInvitationAsync(invitation);
        }

        await SendInvitationCalendarsAsync();

        return SessionViews.Snapshot(SessionId, state.State, actorId);
    }

    public async Task<SessionSnapshot> OpenAsync(string actorId)
    {
        RequireConvener(actorId, "open the meeting");
        if (state.State.Status != SessionStatus.Scheduled)
        {
            throw new StateConflictException($"Only a scheduled meeting can be opened; this one is {state.State.Status}.", state.State.Version, ErrorCodes.SessionNotScheduled, ErrorCodes.Args(("status", state.State.Status)));
        }

        // The plan may have moved on since the meeting was convened: start from the record as it is now.
        for (var i = 0; i < state.State.Agenda.Count; i++)
        {
            var child = await GrainFactory.GetGrain<IChildGrain>(state.State.Agenda[i].ChildId).GetSnapshotAsync();
            state.State.Agenda[i] = AgendaFrom(child);
        }

        state.State.Status = SessionStatus.Open;
        state.State.OpenedAt = Now;
        await EmitAsync(SessionEventKind.StatusChanged, actorId, e => e with { Status = SessionStatus.Open });
        return SessionViews.Snapshot(SessionId, state.State, actorId);
    }

    public async Task<SessionSnapshot> CloseAsync(string actorId)
    {
        RequireConvener(actorId, "close the meeting");
        if (state.State.Status == SessionStatus.Closed)
        {
            return SessionViews.Snapshot(SessionId, state.State, actorId);
        }

        if (state.State.Status == SessionStatus.Scheduled)
        {
            throw new StateConflictException("The meeting was never opened; there is nothing to close.", state.State.Version, ErrorCodes.SessionNeverOpened);
        }

        if (state.State.Status == SessionStatus.Open)
        {
            state.State.Status = SessionStatus.Closing;
            state.State.ClosedAt = Now;
            await EmitAsync(SessionEventKind.StatusChanged, actorId, e => e with { Status = SessionStatus.Closing });
        }

        // One step per child, each remembered, so a retry after a crash continues where it stopped;
        // the child grain also ignores a session it has already received.
        foreach (var child in state.State.Agenda.Where(c => !c.Committed))
        {
            await GrainFactory.GetGrain<IChildGrain>(child.ChildId).ApplyTeamSessionAsync(OutcomeFor(child));
            await NotifyAssigneesAsync(child);
            child.Committed = true;
            await WriteStateAsync();
        }

        state.State.Status = SessionStatus.Closed;
        await EmitAsync(SessionEventKind.StatusChanged, actorId, e => e with { Status = SessionStatus.Closed });
        return SessionViews.Snapshot(SessionId, state.State, actorId);
    }

    private static ChildSnapshot RequireConvenable(ChildSnapshot child, SessionKind kind, string actorId)
    {
        if (child.ChildContactId != actorId)
        {
            throw new NotPermittedException($"Only the barnkontakt of every child on the agenda may convene; you are not {child.DisplayName}'s barnkontakt.", ErrorCodes.AccessContactOnly, ErrorCodes.Args(("childId", child.ChildId)));
        }

        if (!child.CanConveneTeamSession)
        {
            throw new StateConflictException($"{child.DisplayName}'s family has declined barnkontakt support: no team session can be convened.", child.Version, ErrorCodes.SupportDeclined, ErrorCodes.Args(("childId", child.ChildId)));
        }

        var fits = (kind, child.AgeBand) switch
        {
            (SessionKind.Team0To6, { } band) => band == AgeBand.ZeroToSix,
            (SessionKind.Team7To12, { } band) => band == AgeBand.SevenToTwelve,
            _ => true,
        };
        return fits ? child : throw new DomainRuleException("childIds", $"{child.DisplayName} is {child.Age} years old and does not belong in a {kind} meeting.", ErrorCodes.SessionWrongAgeBand, ErrorCodes.Args(("childId", child.ChildId), ("kind", kind)));
    }

    private static AgendaChildState AgendaFrom(ChildSnapshot child)
    {
        var plan = child.Plan!;
        return new AgendaChildState
        {
            ChildId = child.ChildId,
            DisplayName = child.DisplayName,
            ChildOwnView = child.Assessments.LastOrDefault(a => a.Rater == RaterKind.Child)?.Ratings.ToList() ?? [],
            Actions = plan.Actions.Select(a => new SessionPlanAction(a.ActionId, a.What, a.Agency, a.ResponsibleId, a.Due, a.Status, 1)
            {
                ChangedBy = a.ChangedBy,
                ChangedAt = a.ChangedAt,
            }).ToList(),
            Details = new SessionPlanDetails(plan.Details.Goals, plan.Details.SupportCoordinatorId, plan.Details.NextFollowUp, null),
            DetailsChangedBy = plan.DetailsChangedBy,
            DetailsChangedAt = plan.DetailsChangedAt,
            Sharing = ChildSharing.Of(child),
        };
    }

    private TeamSessionOutcome OutcomeFor(AgendaChildState child) => new(
        SessionId,
        state.State.OpenedAt ?? Now,
        state.State.ConvenerId,
        state.State.Participants.Select(p => p.ParticipantId).ToArray(),
        child.ConsensusRatings(),
        child.Actions.ToArray(),
        child.RemovedActionIds.ToArray(),
        child.Details.Goals,
        child.Details.SupportCoordinatorId,
        child.Details.NextFollowUp,
        child.Details.Minutes)
    {
        ChildOwnView = child.ChildRatedHere ? child.ChildOwnView.ToArray() : [],
        GuardianView = child.GuardiansRatedHere ? child.GuardianView.ToArray() : [],
    };

    private async Task NotifyAssigneesAsync(AgendaChildState child)
    {
        var professionals = state.State.Participants
            .Where(p => p.Kind is ParticipantKind.Professional or ParticipantKind.ConcernReporter)
            .Select(p => p.ParticipantId)
            .ToHashSet();
        foreach (var action in child.Actions.Where(a => a.AssigneeId is { } id && professionals.Contains(id)))
        {
            await Professional(action.AssigneeId!).AddAssignmentAsync(
                new ActionAssignment(child.ChildId, child.DisplayName, action.ActionId, action.What, action.Due, SessionId, Now));
        }
    }
}
