using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Concerns;
using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.Grains.Tests.Cluster;

namespace BackaBarnet.Live.Grains.Tests.Children;

[Collection(ClusterCollection.Name)]
public sealed class ConcernLifecycleTests(ClusterFixture fixture)
{
    private static NewConcern Worry(bool atRisk = false) =>
        new("erik-rektor", "Kommer ofta hungrig till skolan", [NeedsArea.CaredFor], ConcernSource.ToldByChild, atRisk);

    [Fact]
    public async Task ConcernIsAcknowledgedThenHandledByTheBarnkontakt()
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);
        var raised = await child.RaiseConcernAsync(Worry());

        var acknowledged = await child.AcknowledgeConcernAsync(raised.ConcernId, contact);
        var handled = await child.CloseConcernAsync(raised.ConcernId, ConcernStatus.Handled, "Samtal med vårdnadshavare; frukost ordnad", contact);

        Assert.Equal(ConcernStatus.Acknowledged, Assert.Single(acknowledged.Concerns).Status);
        var closed = Assert.Single(handled.Concerns);
        Assert.Equal((ConcernStatus.Handled, contact, "Samtal med vårdnadshavare; frukost ordnad"), (closed.Status, closed.AcknowledgedBy, closed.Outcome));
        Assert.Equal(ConcernSource.ToldByChild, closed.Source);
        Assert.Empty(handled.OpenConcerns);
    }

    [Fact]
    public async Task TransitionsOutOfOrderAreRefusedAndLeaveTheConcernAsItWas()
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);
        var raised = await child.RaiseConcernAsync(Worry());
        var before = await child.GetSnapshotAsync();

        await Assert.ThrowsAsync<StateConflictException>(() => child.CloseConcernAsync(raised.ConcernId, ConcernStatus.ReferredToTeam, "Barnteam", contact));
        await child.AcknowledgeConcernAsync(raised.ConcernId, contact);
        await Assert.ThrowsAsync<StateConflictException>(() => child.AcknowledgeConcernAsync(raised.ConcernId, contact));
        await Assert.ThrowsAsync<DomainRuleException>(() => child.CloseConcernAsync(raised.ConcernId, ConcernStatus.Open, "Tillbaka", contact));

        var after = await child.GetSnapshotAsync();
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Equal(ConcernStatus.Acknowledged, Assert.Single(after.Concerns).Status);
    }

    [Fact]
    public async Task AConcernMarkedAtRiskCannotBeClosedUntilTheOrosanmalanIsRecorded()
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);
        var raised = await child.RaiseConcernAsync(Worry(atRisk: true));
        await child.AcknowledgeConcernAsync(raised.ConcernId, contact);

        var refused = await Assert.ThrowsAsync<StateConflictException>(() => child.CloseConcernAsync(raised.ConcernId, ConcernStatus.Handled, "Samtal", contact));
        await Assert.ThrowsAsync<StateConflictException>(() => child.CloseConcernAsync(raised.ConcernId, ConcernStatus.ReferredToTeam, "Barnteam", contact));
        Assert.Equal(ErrorCodes.ConcernMandatoryReportMissing, refused.Code);
        Assert.Equal(ConcernStatus.Acknowledged, Assert.Single((await child.GetSnapshotAsync()).Concerns).Status);

        await child.RecordMandatoryReportAsync(raised.ConcernId, "Erik Sandberg", DateTimeOffset.UtcNow.AddMinutes(-5), contact);
        var closed = await child.CloseConcernAsync(raised.ConcernId, ConcernStatus.ReferredToTeam, "Barnteam", contact);

        Assert.Equal(ConcernStatus.ReferredToTeam, Assert.Single(closed.Concerns).Status);
    }

    [Fact]
    public async Task OnlyTheBarnkontaktAcknowledges()
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);
        var raised = await child.RaiseConcernAsync(Worry());

        await Assert.ThrowsAsync<NotPermittedException>(() => child.AcknowledgeConcernAsync(raised.ConcernId, "erik-rektor"));

        Assert.Equal(ConcernStatus.Open, Assert.Single((await child.GetSnapshotAsync()).Concerns).Status);
    }

    [Fact]
    public async Task AConcernMarkedAtRiskRequiresAnOrosanmalanWhichIsRecordedOnce()
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);
        var raised = await child.RaiseConcernAsync(Worry(atRisk: true));
        Assert.True(raised.MandatoryReportRequired);
        Assert.Null(raised.MandatoryReport);
        var madeAt = DateTimeOffset.UtcNow.AddMinutes(-5);

        var recorded = await child.RecordMandatoryReportAsync(raised.ConcernId, "Erik Sandberg", madeAt, "erik-rektor");

        var report = Assert.Single(recorded.Concerns).MandatoryReport!;
        Assert.Equal(("Erik Sandberg", madeAt, "erik-rektor"), (report.MadeBy, report.MadeAt, report.RecordedBy));
        await Assert.ThrowsAsync<StateConflictException>(() => child.RecordMandatoryReportAsync(raised.ConcernId, "Erik Sandberg", madeAt, "erik-rektor"));
        await Assert.ThrowsAsync<NotPermittedException>(() => child.RecordMandatoryReportAsync(raised.ConcernId, "Johan", madeAt, "johan-polis"));
    }

    [Fact]
    public async Task WhileTheFamilyDeclinesSupportConcernsStillReachTheBarnkontaktMarkedAsDeclined()
    {
        var contact = Children.NewProfessionalId("bvc");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.ChildHealthNurse);

        var declined = await child.DeclineSupportAsync("Familjen vill klara sig själv", contact);
        var raised = await child.RaiseConcernAsync(Worry());

        Assert.False(declined.CanConveneTeamSession);
        Assert.True(raised.RaisedWhileSupportDeclined);
        var inbox = await fixture.Grains.GetGrain<IProfessionalGrain>(contact).GetOpenConcernAlertsAsync();
        Assert.True(Assert.Single(inbox).Concern.RaisedWhileSupportDeclined);
        var withdrawn = await child.WithdrawSupportDeclineAsync(contact);
        Assert.True(withdrawn.CanConveneTeamSession);
        Assert.Null(withdrawn.SupportDeclined);
        await Assert.ThrowsAsync<StateConflictException>(() => child.WithdrawSupportDeclineAsync(contact));
    }
}
