using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.Grains.Tests.Cluster;

namespace BackaBarnet.Live.Grains.Tests.Children;

[Collection(ClusterCollection.Name)]
public sealed class TeamSessionOutcomeTests(ClusterFixture fixture)
{
    [Fact]
    public async Task AMeetingOutcomeAppliedTwiceLandsOnce()
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);
        var outcome = new TeamSessionOutcome(
            Guid.NewGuid(), DateTimeOffset.UtcNow, contact, [contact, "sara-soc"],
            [new AreaRating(NeedsArea.Safe, 2)],
            [new SessionPlanAction(Guid.NewGuid(), "Familjesamtal", AgencyKind.SocialServices, "sara-soc", null, PlanActionStatus.Planned, 3)],
            [], [], "sara-soc", null, "Beslut");

        var first = await child.ApplyTeamSessionAsync(outcome);
        var retried = await child.ApplyTeamSessionAsync(outcome);

        Assert.Equal(first.Version, retried.Version);
        Assert.Single(retried.TeamMeetings);
        Assert.True(Assert.Single(retried.Assessments).IsBaseline);
        Assert.Single(retried.Plan!.Actions);
        Assert.Single(await child.GetChronologyAsync(), e => e.Kind == "TeamMeetingHeld");
    }

    [Fact]
    public async Task ASecondMeetingsConsensusIsNotTheBaselineAndRemovedActionsLeaveThePlan()
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);
        var action = new SessionPlanAction(Guid.NewGuid(), "Läxhjälp", AgencyKind.SchoolOrPreschool, contact, null, PlanActionStatus.Active, 1);
        await child.ApplyTeamSessionAsync(new(Guid.NewGuid(), DateTimeOffset.UtcNow, contact, [contact], [new AreaRating(NeedsArea.Developing, 2)], [action], [], [], null, null, null));

        var second = await child.ApplyTeamSessionAsync(new(
            Guid.NewGuid(), DateTimeOffset.UtcNow, contact, [contact], [new AreaRating(NeedsArea.Developing, 4)], [], [action.ActionId], [], null, null, null));

        Assert.Equal([true, false], second.Assessments.Select(a => a.IsBaseline));
        Assert.Empty(second.Plan!.Actions);
        Assert.Equal(2, second.TeamMeetings.Count);
    }

    [Fact]
    public async Task AMeetingHeldJustAfterMidnightInSwedenIsDatedThatSwedishDay()
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);
        // 23:30 UTC on 10 March is 00:30 on 11 March in Sweden.
        var heldAt = new DateTimeOffset(2026, 3, 10, 23, 30, 0, TimeSpan.Zero);

        var after = await child.ApplyTeamSessionAsync(new(
            Guid.NewGuid(), heldAt, contact, [contact], [new AreaRating(NeedsArea.Safe, 3)], [], [], [], null, null, null));

        Assert.Equal(new DateOnly(2026, 3, 11), Assert.Single(after.Assessments).AssessedOn);
    }
}
