using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.LinkedProcesses;

namespace BackaBarnet.Live.Grains.Children;

internal static class ChildSnapshots
{
    public static ChildSnapshot Create(Guid childId, ChildState state, DateOnly today, DateTimeOffset now, int burdenWarningAt)
    {
        var age = state.Personnummer?.AgeOn(today);
        return new ChildSnapshot(
            childId,
            state.DisplayName,
            state.ChildContactId,
            state.Concerns.Where(c => c.IsOpen).ToArray(),
            state.Version)
        {
            ContactRole = state.ContactRole,
            Personnummer = state.Personnummer,
            BirthDate = state.Personnummer?.BirthDate,
            Age = age,
            AgeBand = state.Personnummer?.AgeBandOn(today),
            Guardians = state.Guardians.ToArray(),
            ContactHistory = state.ContactHistory.ToArray(),
            PendingHandover = state.PendingHandover,
            SupportDeclined = state.SupportDeclined,
            Concerns = state.Concerns.ToArray(),
            Assessments = state.Assessments.ToArray(),
            Plan = state.Plan.View(),
            Consents = state.Consents.ToArray(),
            LinkedProcesses = state.LinkedProcesses.ToArray(),
            CanConveneTeamSession = state.SupportDeclined is null,
            Warnings = LinkedProcessRules.ActiveSipWarnings(state.LinkedProcesses),
            TeamMeetings = state.TeamMeetings.ToArray(),
            ConsentedAgencies = ConsentedAgencies(state, today),
            Gender = state.Gender,
            SupportRequests = state.SupportRequests.ToArray(),
            ArchivedHandledConcerns = state.ArchivedConcerns,
            MeetingBurden = MeetingBurdenRules.Assess(state.TeamMeetings, state.OpenSessionIds.Count, state.LinkedProcesses, now, burdenWarningAt),
        };
    }

    /// <summary>Who may see the whole record today, straight from the state (no snapshot needed on the commit path).</summary>
    public static ChildSharing Sharing(ChildState state, DateOnly today) =>
        new(state.ChildContactId, state.Plan.Details.SupportCoordinatorId, AgencyKinds.Of(state.ContactRole), ConsentedAgencies(state, today));

    private static AgencyKind[] ConsentedAgencies(ChildState state, DateOnly today) =>
        state.Consents.Where(c => c.IsInForceOn(today)).Select(c => c.Grant.Agency).Distinct().Order().ToArray();
}
