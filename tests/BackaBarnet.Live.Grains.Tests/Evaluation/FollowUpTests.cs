using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.Grains.Tests.Children;
using BackaBarnet.Live.Grains.Tests.Cluster;

namespace BackaBarnet.Live.Grains.Tests.Evaluation;

[Collection(ClusterCollection.Name)]
public sealed class FollowUpTests(ClusterFixture fixture)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static NewAssessment Team(int daysAgo, params (NeedsArea Area, int Value)[] ratings) =>
        new(RaterKind.TeamConsensus, Today.AddDays(-daysAgo), ratings.Select(r => new AreaRating(r.Area, r.Value)).ToArray());

    [Fact]
    public async Task ChangeSinceBaselineIsTheLatestTeamConsensusMinusTheFirstAcrossSeveralAssessments()
    {
        var contact = Children.Children.NewProfessionalId("rektor");
        var (child, _) = await Children.Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);

        await child.RecordAssessmentAsync(Team(90, (NeedsArea.Safe, 2), (NeedsArea.Healthy, 3), (NeedsArea.Leisure, 4)), contact);
        await child.RecordAssessmentAsync(new NewAssessment(RaterKind.Child, Today.AddDays(-80), [new AreaRating(NeedsArea.Safe, 1)]), contact);
        await child.RecordAssessmentAsync(Team(60, (NeedsArea.Safe, 3)), contact);
        await child.RecordAssessmentAsync(new NewAssessment(RaterKind.Child, Today.AddDays(-20), [new AreaRating(NeedsArea.Safe, 4)]), contact);
        await child.RecordAssessmentAsync(Team(30, (NeedsArea.Safe, 5), (NeedsArea.Healthy, 2)), contact);
        // Recorded last but dated before the one above: the date decides what "latest" is.
        await child.RecordAssessmentAsync(Team(45, (NeedsArea.Safe, 1)), contact);

        var followUp = await child.GetFollowUpAsync();

        var safe = followUp.Areas.Single(a => a.Area == NeedsArea.Safe);
        var healthy = followUp.Areas.Single(a => a.Area == NeedsArea.Healthy);
        var leisure = followUp.Areas.Single(a => a.Area == NeedsArea.Leisure);
        Assert.Equal(Today.AddDays(-90), followUp.Baseline!.AssessedOn);
        Assert.Equal((2, 5, 3, 4), (safe.Baseline, safe.Current, safe.Change, safe.ChildLatest));
        Assert.Equal((3, 2, -1), (healthy.Baseline, healthy.Current, healthy.Change));
        Assert.Equal((4, 4, (int?)null), (leisure.Baseline, leisure.Current, leisure.Change));
        Assert.Equal([2, 1, 3, 1, 5, 4], safe.Timeline.Select(p => p.Value));
        Assert.Equal([true, false, false, false, false, false], safe.Timeline.Select(p => p.IsBaseline));
        Assert.Equal(Today.AddDays(-20), followUp.Status.LastAssessedOn);
        Assert.Equal(followUp.Status.Today.DayNumber - Today.AddDays(-20).DayNumber, followUp.Status.DaysSinceLastAssessment);
        Assert.Equal(6, followUp.Assessments.Count);
    }

    [Fact]
    public async Task WithoutALaterTeamConsensusThereIsABaselineButNoChange()
    {
        var contact = Children.Children.NewProfessionalId("rektor");
        var (child, _) = await Children.Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);

        await child.RecordAssessmentAsync(new NewAssessment(RaterKind.Professional, Today.AddDays(-10), [new AreaRating(NeedsArea.Safe, 1)]), contact);
        await child.RecordAssessmentAsync(Team(5, (NeedsArea.Safe, 3)), contact);

        var safe = (await child.GetFollowUpAsync()).Areas.Single(a => a.Area == NeedsArea.Safe);

        Assert.Equal((3, 3, (int?)null), (safe.Baseline, safe.Current, safe.Change));
    }

    [Fact]
    public async Task OverdueActionsAndAPassedFollowUpDateAreShownButFinishedActionsAreNot()
    {
        var contact = Children.Children.NewProfessionalId("rektor");
        var (child, _) = await Children.Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);
        var late = await child.AddPlanActionAsync(new PlanActionInput("Läxhjälp", AgencyKind.SchoolOrPreschool, null, Today.AddDays(-40), Today.AddDays(-3)), 0, contact);
        var talk = new PlanActionInput("Samtal", AgencyKind.SchoolOrPreschool, null, Today.AddDays(-40), Today.AddDays(-5));
        var added = await child.AddPlanActionAsync(talk, late.Plan.Version, contact);
        var done = await child.UpdatePlanActionAsync(
            added.Plan.Actions.Single(a => a.What == "Samtal").ActionId, talk with { Status = PlanActionStatus.Done }, added.Plan.Version, contact);
        await child.UpdatePlanDetailsAsync(new PlanDetails([], null, null, Today.AddDays(-1), null), done.Plan.Version, contact);

        var followUp = await child.GetFollowUpAsync();

        Assert.Equal(["Läxhjälp"], followUp.Status.OverdueActions.Select(a => a.What));
        Assert.Equal(2, followUp.Actions.Count);
        Assert.True(followUp.Status.FollowUpOverdue);
        Assert.Null(followUp.Status.DaysSinceLastAssessment);
    }
}
