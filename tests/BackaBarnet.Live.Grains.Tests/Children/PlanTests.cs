using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.LinkedProcesses;
using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.Grains.Tests.Cluster;

namespace BackaBarnet.Live.Grains.Tests.Children;

[Collection(ClusterCollection.Name)]
public sealed class PlanTests(ClusterFixture fixture)
{
    private static readonly ConsentGrant SocialServicesConsent = new(AgencyKind.SocialServices, "Mamma Karin", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), null);

    private static PlanActionInput Action(string what, AgencyKind agency, string? responsible = null) =>
        new(what, agency, responsible, new DateOnly(2026, 12, 1), new DateOnly(2027, 3, 1));

    [Fact]
    public async Task EveryPlanChangeBumpsThePlanVersionAndAStaleOneIsRefusedWithTheCurrentVersion()
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);

        var first = await child.AddPlanActionAsync(Action("Läxhjälp", AgencyKind.SchoolOrPreschool), 0, contact);
        var second = await child.AddPlanActionAsync(Action("Fritidsledare", AgencyKind.SchoolOrPreschool), first.Plan.Version, contact);
        var stale = await Assert.ThrowsAsync<StateConflictException>(
            () => child.AddPlanActionAsync(Action("Dubblett", AgencyKind.SchoolOrPreschool), first.Plan.Version, contact));

        Assert.Equal((1, 2), (first.Plan.Version, second.Plan.Version));
        Assert.Equal(2, stale.CurrentVersion);
        Assert.Equal(2, (await child.GetSnapshotAsync()).Plan!.Actions.Count);
        Assert.True(second.RecordVersion > first.RecordVersion);
    }

    [Fact]
    public async Task ActionsFromTwoAgenciesNeedAStodsamordnare()
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);
        var one = await child.AddPlanActionAsync(Action("Specialpedagog", AgencyKind.SchoolOrPreschool), 0, contact);
        Assert.True(one.Plan.IsComplete);

        var sara = await Children.NewPractitionerAsync(fixture.Grains, "soc", "SocialServices");
        var two = await child.AddPlanActionAsync(Action("Familjebehandling", AgencyKind.SocialServices, sara), 1, contact);
        var coordinated = await child.UpdatePlanDetailsAsync(
            new PlanDetails([new PlanGoal("Trivas i skolan", [NeedsArea.Belonging])], "Jag vill ha en kompis", null, new DateOnly(2027, 2, 1), sara), 2, contact);

        Assert.Equal([PlanRules.NeedsSupportCoordinator], two.Plan.Gaps);
        Assert.True(coordinated.Plan.IsComplete);
        Assert.Equal("Jag vill ha en kompis", coordinated.Plan.Details.ChildWords);
    }

    [Fact]
    public async Task ActionStatusMovesForwardOnlyAndTheStodsamordnareMayEdit()
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);
        var sara = await Children.NewPractitionerAsync(fixture.Grains, "soc", "SocialServices");
        await child.RecordConsentAsync(SocialServicesConsent, contact);
        await child.UpdatePlanDetailsAsync(new PlanDetails([], null, null, null, sara), 0, contact);
        var added = await child.AddPlanActionAsync(Action("Samtalsstöd", AgencyKind.SocialServices, sara), 1, contact);
        var actionId = Assert.Single(added.Plan.Actions).ActionId;

        var done = await child.UpdatePlanActionAsync(actionId, Action("Samtalsstöd", AgencyKind.SocialServices, sara) with { Status = PlanActionStatus.Done }, 2, sara);
        await Assert.ThrowsAsync<StateConflictException>(
            () => child.UpdatePlanActionAsync(actionId, Action("Samtalsstöd", AgencyKind.SocialServices) with { Status = PlanActionStatus.Active }, 3, contact));
        await Assert.ThrowsAsync<NotPermittedException>(() => child.AddPlanActionAsync(Action("Patrull", AgencyKind.Police), 3, "johan-polis"));

        Assert.Equal(PlanActionStatus.Done, Assert.Single(done.Plan.Actions).Status);
        Assert.Equal(3, (await child.GetSnapshotAsync()).Plan!.Version);
    }

    [Fact]
    public async Task BadActionsAreRefusedNamingTheField()
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);

        var noWhat = await Assert.ThrowsAsync<DomainRuleException>(() => child.AddPlanActionAsync(Action(" ", AgencyKind.SchoolOrPreschool), 0, contact));
        var backwards = await Assert.ThrowsAsync<DomainRuleException>(
            () => child.AddPlanActionAsync(Action("X", AgencyKind.SchoolOrPreschool) with { Due = new DateOnly(2026, 1, 1) }, 0, contact));
        var agency = await Assert.ThrowsAsync<DomainRuleException>(() => child.AddPlanActionAsync(Action("X", (AgencyKind)99), 0, contact));

        Assert.Equal(["what", "due", "agency"], new[] { noWhat.Field, backwards.Field, agency.Field });
        Assert.Equal(0, (await child.GetSnapshotAsync()).Plan!.Version);
    }

    [Fact]
    public async Task AnActiveSipIsNamedWhenThePlanChanges()
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);
        await child.SaveLinkedProcessAsync(null, new LinkedProcessInput(LinkedProcessKind.Sip, LinkedProcessStatus.Active, "Regionens BUP", null), contact);

        var result = await child.AddPlanActionAsync(Action("Läxhjälp", AgencyKind.SchoolOrPreschool), 0, contact);

        Assert.Contains("Regionens BUP", Assert.Single(result.Warnings));
        Assert.Contains("SIP", Assert.Single((await child.GetSnapshotAsync()).Warnings));
    }
}
