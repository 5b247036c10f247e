using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Sessions;

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

        await CommitAsync(outcome.ConvenerId, "TeamMeetingHeld", s =>
        {
            var baseline = "";
            if (outcome.Consensus.Count > 0)
            {
                var isBaseline = s.Assessments.All(a => !a.IsBaseline);
                var heldOn = DateOnly.FromDateTime(outcome.HeldAt.UtcDateTime);
                s.Assessments.Add(new AssessmentView(Guid.NewGuid(), RaterKind.TeamConsensus, heldOn, outcome.Consensus, outcome.ConvenerId, Now, isBaseline));
                baseline = isBaseline ? ", utgångsläge satt" : "";
            }

            PlanEditor.ApplyMeeting(s, outcome);
            s.TeamMeetings.Add(new TeamMeetingRecord(outcome.SessionId, outcome.HeldAt, outcome.ConvenerId, outcome.ParticipantIds, outcome.Minutes));
            return (true, $"Barnteam-möte: samsyn för {outcome.Consensus.Count} områden{baseline}, {outcome.Actions.Count} insatser i planen");
        });
        await ReplanRemindersAsync();
        return Snapshot();
    }
}
