using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Professionals;

namespace BackaBarnet.Live.Grains.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class ChildGrainTests(ClusterFixture fixture)
{
    private IChildGrain NewChild() => fixture.Grains.GetGrain<IChildGrain>(Guid.NewGuid());

    [Fact]
    public async Task RegisteredChildIsInTheBarnkontaktsCaseload()
    {
        var child = NewChild();
        var contact = $"bvc-{Guid.NewGuid():N}"[..20];

        var snapshot = await child.RegisterAsync(new NewChild("Hugo", contact, "anna-bvc"));

        Assert.Equal(1, snapshot.Version);
        var caseload = await fixture.Grains.GetGrain<IProfessionalGrain>(contact).GetCaseloadAsync();
        Assert.Contains(caseload, entry => entry.ChildId == snapshot.ChildId && entry.ChildDisplayName == "Hugo");
    }

    [Fact]
    public async Task RaisedConcernIsStoredOnTheChildAndWaitsInTheBarnkontaktsInbox()
    {
        var child = NewChild();
        var contact = $"bvc-{Guid.NewGuid():N}"[..20];
        await child.RegisterAsync(new NewChild("Ines", contact, "anna-bvc"));

        var raised = await child.RaiseConcernAsync(new NewConcern("erik-rektor", "  Ines är ofta ensam på rasterna.  ", [NeedsArea.Belonging]));

        Assert.Equal("Ines är ofta ensam på rasterna.", raised.Text);
        var snapshot = await child.GetSnapshotAsync();
        Assert.Equal(2, snapshot.Version);
        Assert.Equal(2, raised.RecordVersion);
        Assert.Equal(raised.ConcernId, Assert.Single(snapshot.OpenConcerns).ConcernId);
        var inbox = await fixture.Grains.GetGrain<IProfessionalGrain>(contact).GetOpenConcernAlertsAsync();
        Assert.Equal(raised.ConcernId, Assert.Single(inbox).Concern.ConcernId);
    }

    [Fact]
    public async Task SubscribedObserverOfTheBarnkontaktIsToldAtOnce()
    {
        var child = NewChild();
        var contact = $"bvc-{Guid.NewGuid():N}"[..20];
        await child.RegisterAsync(new NewChild("Juno", contact, "anna-bvc"));
        var observer = new RecordingObserver();
        var reference = fixture.Grains.CreateObjectReference<IProfessionalObserver>(observer);
        await fixture.Grains.GetGrain<IProfessionalGrain>(contact).SubscribeAsync(reference);

        var raised = await child.RaiseConcernAsync(new NewConcern("johan-polis", "Juno sågs ensam vid stationen sent.", [NeedsArea.Safe]));

        var alert = await observer.NextAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(raised.ConcernId, alert.Concern.ConcernId);
        Assert.Equal("Juno", alert.ChildDisplayName);
        GC.KeepAlive(observer);
    }

    [Fact]
    public async Task RefusedConcernLeavesTheRecordUnchanged()
    {
        var child = NewChild();
        await child.RegisterAsync(new NewChild("Kim", "anna-bvc", "anna-bvc"));

        var refused = await Assert.ThrowsAsync<DomainRuleException>(
            () => child.RaiseConcernAsync(new NewConcern("erik-rektor", "Orolig", [(NeedsArea)42])));

        Assert.Equal("areas", refused.Field);
        var snapshot = await child.GetSnapshotAsync();
        Assert.Equal(1, snapshot.Version);
        Assert.Empty(snapshot.OpenConcerns);
    }

    [Fact]
    public async Task UnknownChildIsReportedAsNotFound()
    {
        var missing = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<ChildNotFoundException>(() => fixture.Grains.GetGrain<IChildGrain>(missing).GetSnapshotAsync());

        Assert.Equal(missing, error.ChildId);
    }

    [Fact]
    public async Task RegisteringTheSameChildTwiceIsRefused()
    {
        var child = NewChild();
        await child.RegisterAsync(new NewChild("Liv", "anna-bvc", "anna-bvc"));

        await Assert.ThrowsAsync<ChildAlreadyRegisteredException>(() => child.RegisterAsync(new NewChild("Liv", "erik-rektor", "anna-bvc")));

        Assert.Equal("anna-bvc", (await child.GetSnapshotAsync()).ChildContactId);
    }
}
