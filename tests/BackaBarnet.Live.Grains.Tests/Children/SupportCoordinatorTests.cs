using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Directory;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.Grains.Tests.Cluster;

namespace BackaBarnet.Live.Grains.Tests.Children;

/// <summary>The stödsamordnare opens the record to their agency: only the barnkontakt names them, and the consent decides what it opens.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SupportCoordinatorTests(ClusterFixture fixture)
{
    private static readonly DateOnly Yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);

    private static PlanDetails Naming(string? coordinator) => new([], null, null, null, coordinator);

    private static PlanActionInput Action(string what) => new(what, AgencyKind.SocialServices, null, null, null);

    [Fact]
    public async Task OnlyTheBarnkontaktNamesOrClearsTheStodsamordnare()
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);
        var sara = await Children.NewPractitionerAsync(fixture.Grains, "soc", "SocialServices");
        var other = await Children.NewPractitionerAsync(fixture.Grains, "soc", "SocialServices");
        await child.RecordConsentAsync(new ConsentGrant(AgencyKind.SocialServices, "Mamma Karin", Yesterday, null), contact);
        await child.UpdatePlanDetailsAsync(Naming(sara), 0, contact);

        var renamed = await Assert.ThrowsAsync<NotPermittedException>(() => child.UpdatePlanDetailsAsync(Naming(other), 1, sara));
        var cleared = await Assert.ThrowsAsync<NotPermittedException>(() => child.UpdatePlanDetailsAsync(Naming(null), 1, sara));
        var kept = await child.UpdatePlanDetailsAsync(Naming(sara) with { NextFollowUp = Yesterday.AddDays(30) }, 1, sara);

        Assert.Equal([ErrorCodes.AccessCoordinatorContactOnly, ErrorCodes.AccessCoordinatorContactOnly], new[] { renamed.Code, cleared.Code });
        Assert.Equal((sara, 2L), (kept.Plan.Details.SupportCoordinatorId, kept.Plan.Version));
    }

    [Fact]
    public async Task TheStodsamordnareMustBeAnActivePractitionerInTheDirectory()
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);
        var auditor = Children.NewProfessionalId("logg");
        await fixture.Grains.GetGrain<IDirectoryGrain>(0).SaveAsync(
            new DirectoryPerson(auditor, "Logg Kontroll", "Loggkontrollant", "Municipality", "Kommunen", [DirectoryRoles.Auditor], null, null));
        var gone = await Children.NewPractitionerAsync(fixture.Grains, "soc", "SocialServices");
        await fixture.Grains.GetGrain<IDirectoryGrain>(0).DeactivateAsync(gone);

        var refusals = new List<DomainRuleException>();
        foreach (var id in new[] { Children.NewProfessionalId("okand"), auditor, gone })
        {
            refusals.Add(await Assert.ThrowsAsync<DomainRuleException>(() => child.UpdatePlanDetailsAsync(Naming(id), 0, contact)));
        }

        Assert.All(refusals, r => Assert.Equal(("supportCoordinatorId", ErrorCodes.PlanCoordinatorNotPractitioner), (r.Field, r.Code)));
        Assert.Null((await child.GetSnapshotAsync()).Plan!.Details.SupportCoordinatorId);
    }

    [Fact]
    public async Task RevokingTheConsentForTheStodsamordnaresAgencyClosesTheirPenAtOnce()
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);
        var sara = await Children.NewPractitionerAsync(fixture.Grains, "soc", "SocialServices");
        var consent = await child.RecordConsentAsync(new ConsentGrant(AgencyKind.SocialServices, "Mamma Karin", Yesterday, null), contact);
        await child.UpdatePlanDetailsAsync(Naming(sara), 0, contact);
        var whileConsented = await child.AddPlanActionAsync(Action("Familjesamtal"), 1, sara);

        await child.RevokeConsentAsync(consent.ConsentId, contact);
        var afterRevocation = await Assert.ThrowsAsync<NotPermittedException>(() => child.AddPlanActionAsync(Action("Hembesök"), 2, sara));

        Assert.Equal(2, whileConsented.Plan.Version);
        Assert.Equal(ErrorCodes.AccessPlanEditorOnly, afterRevocation.Code);
        Assert.Single((await child.GetSnapshotAsync()).Plan!.Actions);
    }

    [Fact]
    public async Task AStodsamordnareWithoutConsentForTheirAgencyHoldsNoPen()
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);
        var johan = await Children.NewPractitionerAsync(fixture.Grains, "polis", "Police");
        await child.UpdatePlanDetailsAsync(Naming(johan), 0, contact);

        var refused = await Assert.ThrowsAsync<NotPermittedException>(() => child.AddPlanActionAsync(Action("Patrull"), 1, johan));

        Assert.Equal(ErrorCodes.AccessPlanEditorOnly, refused.Code);
        Assert.Equal(AgencyKind.Police, (await child.GetSnapshotAsync()).Plan!.SupportCoordinatorAgency);
    }
}
