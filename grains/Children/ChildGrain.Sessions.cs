using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.GrainInterfaces.Hosting;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.Grains.Hosting;
using Microsoft.Extensions.Logging;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>What a barnteam meeting leaves on the child's record.</summary>
internal sealed partial class ChildGrain
{
    public async Task<ChildSnapshot> ApplyTeamSessionAsync(TeamSessionOutcome outcome)
    {
        EnsureRegistered();
        if (state.State.TeamMeetings.Any(m => m.SessionId == outcome.SessionId))
        {
            // Closing is retried after a crash and may be called twice: the meeting lands once.
            return Snapshot();
        }

        var coordinatorAgency = await MeetingCoordinatorAgencyAsync(outcome.SupportCoordinatorId);
        await CommitAsync(outcome.ConvenerId, "TeamMeetingHeld", s =>
        {
            var baseline = "";
            if (outcome.Consensus.Count > 0)
            {
                var isBaseline = s.Assessments.All(a => !a.IsBaseline);
                var heldOn = SwedishDate.DateOf(outcome.HeldAt);
                s.Assessments.Add(new AssessmentView(Guid.NewGuid(), RaterKind.TeamConsensus, heldOn, outcome.Consensus, outcome.ConvenerId, Now, isBaseline));
                baseline = isBaseline ? ", utgångsläge satt" : "";
            }

            var heldOnDate = SwedishDate.DateOf(outcome.HeldAt);
            if (outcome.ChildOwnView.Count > 0)
            {
                s.Assessments.Add(new AssessmentView(Guid.NewGuid(), RaterKind.Child, heldOnDate, outcome.ChildOwnView, outcome.ConvenerId, Now, false));
            }

            if (outcome.GuardianView.Count > 0)
            {
                s.Assessments.Add(new AssessmentView(Guid.NewGuid(), RaterKind.Guardian, heldOnDate, outcome.GuardianView, outcome.ConvenerId, Now, false));
            }

            PlanEditor.ApplyMeeting(s, outcome, coordinatorAgency);
            s.TeamMeetings.Add(new TeamMeetingRecord(outcome.SessionId, outcome.HeldAt, outcome.ConvenerId, outcome.ParticipantIds, outcome.Minutes));
            s.OpenSessionIds.Remove(outcome.SessionId);
            return (true, $"Barnteam-möte: samsyn för {outcome.Consensus.Count} områden{baseline}, {outcome.Actions.Count} insatser i planen");
        });
        await ReplanRemindersAsync();
        return Snapshot();
    }

    public async Task TrackOpenSessionAsync(Guid sessionId)
    {
        EnsureRegistered();
        if (!state.State.OpenSessionIds.Contains(sessionId))
        {
            state.State.OpenSessionIds.Add(sessionId);
            await state.WriteOrDeactivateAsync(this);
        }
    }

    /// <summary>
    /// Passes a changed consent view to every open meeting. The change itself is already stored;
    /// a meeting that cannot be reached is logged and catches up on its participants' next look.
    /// </summary>
    private async Task TellOpenSessionsAsync(ChildSharing sharing)
    {
        foreach (var sessionId in state.State.OpenSessionIds.ToArray())
        {
            try
            {
                await GrainFactory.GetGrain<ITeamSessionGrain>(sessionId).UpdateSharingAsync(ChildId, sharing);
            }
            catch (Exception e)
            {
                LogSharingNotDelivered(e, sessionId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A consent change could not be passed on to open team session {SessionId}.")]
    private partial void LogSharingNotDelivered(Exception exception, Guid sessionId);
}
