using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Evaluation;
using BackaBarnet.Live.GrainInterfaces.Identity;
using BackaBarnet.Live.GrainInterfaces.LinkedProcesses;
using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.Grains.Tests.Cluster;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Grains.Tests.Evaluation;

/// <summary>Its own cluster and storage, so no other test's children move the figures between the two reads.</summary>
public sealed class IncrementalStatisticsTests : IClassFixture<ClusterFixture>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private static readonly string[] Units = ["Enhet A", "Enhet B", "Enhet C"];

    private readonly ClusterFixture fixture;

    /// <summary>A stödsamordnare must be a practitioner in the directory: one made for this run.</summary>
    private string coordinator = "";
    private readonly string[] contacts = Units.Select(_ => Children.Children.NewProfessionalId("rektor")).ToArray();

    public IncrementalStatisticsTests(ClusterFixture fixture) => this.fixture = fixture;

    private IPilotStatisticsGrain Statistics => fixture.Grains.GetGrain<IPilotStatisticsGrain>(0);

    [Fact]
    public async Task FiguresKeptUpToDateAsEventsHappenEqualAFullRebuildAfterARandomSequenceOfEvents()
    {
        var random = new Random(4711);
        coordinator = await Children.Children.NewPractitionerAsync(fixture.Grains, "soc", "SocialServices");
        var children = new List<(IChildGrain Grain, int Contact)>();
        for (var i = 0; i < 30; i++)
        {
            var contact = random.Next(Units.Length);
            var grain = fixture.Grains.GetGrain<IChildGrain>(Guid.NewGuid());
            await grain.RegisterAsync(new NewChild(
                $"Barn {i}", contacts[contact], contacts[contact], ChildContactRole.SchoolPrincipal,
                random.Next(5) == 0 ? null : TestPersonnummer.AgedYears(random.Next(1, 18)), null,
                (ChildGender)random.Next(4), Units[contact]));
            children.Add((grain, contact));
        }

        for (var step = 0; step < 400; step++)
        {
            var index = random.Next(children.Count);
            children[index] = await RandomEventAsync(random, children[index]);
        }

        var queries = new[]
        {
            new StatisticsQuery(Today.AddYears(-1), Today.AddDays(1), Units),
            new StatisticsQuery(Today.AddDays(-40), Today.AddDays(-10), Units),
            new StatisticsQuery(Today.AddYears(-1), Today.AddDays(1), Units, Gender: ChildGender.Girl),
            new StatisticsQuery(Today.AddYears(-1), Today.AddDays(1), Units, Unit: "Enhet B", AgeBand: AgeBand.SevenToTwelve),
        };
        var incremental = await Task.WhenAll(queries.Select(Statistics.GetAsync));

        var rebuilt = await Statistics.RebuildAsync();
        var afterRebuild = await Task.WhenAll(queries.Select(Statistics.GetAsync));

        Assert.Equal(children.Count, rebuilt);
        // The comparison means something only if the figures are not all hidden.
        Assert.Contains(incremental[0].Cells, c => !c.Suppressed && c.Measure == Measures.ConcernsRaised && c.Dimension == "unit");
        Assert.Contains(incremental[0].Cells, c => !c.Suppressed && c.Measure.StartsWith(Measures.ChangeSinceBaseline, StringComparison.Ordinal));
        for (var q = 0; q < queries.Length; q++)
        {
            Assert.Equal(incremental[q].Cells, afterRebuild[q].Cells);
        }
    }

    private async Task<(IChildGrain, int)> RandomEventAsync(Random random, (IChildGrain Grain, int Contact) child)
    {
        var (grain, contact) = child;
        var me = contacts[contact];
        var snapshot = await grain.GetSnapshotAsync();
        var plan = snapshot.Plan!;
        switch (random.Next(9))
        {
            case 0 or 1:
                await grain.RaiseConcernAsync(new NewConcern("test-reporter", "Oro", [RandomArea(random)]));
                break;
            case 2 when snapshot.OpenConcerns.FirstOrDefault(c => c.Status == ConcernStatus.Open) is { } open:
                await grain.AcknowledgeConcernAsync(open.ConcernId, me);
                break;
            case 3 or 8:
                var ratings = NeedsAreas.All.Where(_ => random.Next(4) > 0).Select(a => new AreaRating(a, random.Next(1, 6))).ToArray();
                var rater = random.Next(4) == 0 ? RaterKind.Child : RaterKind.TeamConsensus;
                await grain.RecordAssessmentAsync(new NewAssessment(rater, Today.AddDays(-random.Next(0, 60)), ratings.Length == 0 ? [new AreaRating(NeedsArea.Safe, 3)] : ratings), me);
                break;
            case 4:
                await grain.AddPlanActionAsync(new PlanActionInput("Insats", (AgencyKind)random.Next(5), null, null, null), plan.Version, me);
                break;
            case 5:
                var details = new PlanDetails([], random.Next(2) == 0 ? "Jag vill ha hjälp" : null, null, null, random.Next(2) == 0 ? coordinator : null);
                await grain.UpdatePlanDetailsAsync(details, plan.Version, me);
                break;
            case 6:
                var kind = random.Next(2) == 0 ? LinkedProcessKind.Sip : LinkedProcessKind.Bus;
                await grain.SaveLinkedProcessAsync(null, new LinkedProcessInput(kind, (LinkedProcessStatus)random.Next(3), "Samordnare", null), me);
                break;
            case 7 when snapshot.PendingHandover is null:
                // To another unit: the child's later events belong there, the earlier ones stay.
                var next = (contact + 1 + random.Next(Units.Length - 1)) % Units.Length;
                await grain.ProposeHandoverAsync(
                    new NewHandover(contacts[next], ChildContactRole.SchoolPrincipal, HandoverTrigger.ProposedByContact, "Stöd", "Det fungerade", true, "Flytt", Units[next]), me);
                await grain.AcceptHandoverAsync(contacts[next]);
                return (grain, next);
        }

        return child;
    }

    private static NeedsArea RandomArea(Random random) => NeedsAreas.All[random.Next(NeedsAreas.All.Count)];
}
