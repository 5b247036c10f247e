using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Concerns;
using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.Grains.Tests.Cluster;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Grains.Tests.Children;

/// <summary>A concern's text reaches the barnkontakt's list of alerts, and leaves it when it is no longer theirs to act on.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ConcernAlertPruningTests(ClusterFixture fixture)
{
    [Fact]
    public async Task AClosedConcernLeavesTheBarnkontaktsAlertsWhileAnOpenOneStays()
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);
        var closing = await child.RaiseConcernAsync(new NewConcern("sara-soc", "Hungrig på morgonen", [NeedsArea.CaredFor]));
        var staying = await child.RaiseConcernAsync(new NewConcern("sara-soc", "Trött på lektionerna", [NeedsArea.Healthy]));

        await child.AcknowledgeConcernAsync(closing.ConcernId, contact);
        await child.CloseConcernAsync(closing.ConcernId, ConcernStatus.Handled, "Frukost ordnad", contact);

        var alerts = await fixture.Grains.GetGrain<IProfessionalGrain>(contact).GetOpenConcernAlertsAsync();
        Assert.Equal([staying.ConcernId], alerts.Select(a => a.Concern.ConcernId));
    }

    [Fact]
    public async Task AFormerBarnkontaktKeepsNoConcernTextOfTheChildAfterTheHandover()
    {
        var nurse = Children.NewProfessionalId("bvc");
        var principal = Children.NewProfessionalId("forskola");
        var (child, snapshot) = await Children.RegisterAsync(fixture.Grains, nurse, ChildContactRole.ChildHealthNurse, TestPersonnummer.AgedYears(3));
        var (other, _) = await Children.RegisterAsync(fixture.Grains, nurse, ChildContactRole.ChildHealthNurse, TestPersonnummer.AgedYears(1));
        await child.RaiseConcernAsync(new NewConcern("sara-soc", "Orolig för sömnen", [NeedsArea.Healthy]));
        var othersConcern = await other.RaiseConcernAsync(new NewConcern("sara-soc", "Gråter mycket", [NeedsArea.Safe]));

        await child.ProposeHandoverAsync(new NewHandover(principal, ChildContactRole.PreschoolPrincipal, HandoverTrigger.ProposedByContact, "Stöd", "Samtal"), nurse);
        await child.AcceptHandoverAsync(principal);

        var former = await fixture.Grains.GetGrain<IProfessionalGrain>(nurse).GetOpenConcernAlertsAsync();
        Assert.DoesNotContain(former, a => a.ChildId == snapshot.ChildId);
        Assert.Equal([othersConcern.ConcernId], former.Select(a => a.Concern.ConcernId));
    }
}
