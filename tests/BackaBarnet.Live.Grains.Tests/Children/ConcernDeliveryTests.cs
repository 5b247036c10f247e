using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.Grains.Tests.Cluster;
using BackaBarnet.Live.Grains.Tests.Reminders;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Grains.Tests.Children;

/// <summary>A concern is raised once however often it is sent, and its alert reaches the barnkontakt even when the first try cannot.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ConcernDeliveryTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task AConcernWhoseAlertCannotBeDeliveredIsStoredAndTheAlertArrivesWhenTheBarnkontaktIsBack()
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);
        var inbox = fixture.Grains.GetGrain<IProfessionalGrain>(contact);
        AlertFaults.FailingContacts[contact] = 0;
        ConcernView raised;
        try
        {
            raised = await child.RaiseConcernAsync(new NewConcern("sara-soc", "Kommer ofta utan frukost", [NeedsArea.CaredFor]));

            Assert.Contains(raised.ConcernId, (await child.GetSnapshotAsync()).Concerns.Select(c => c.ConcernId));
            // The timer keeps trying while the alert path is broken.
            await Eventually.HoldsAsync(() => AlertFaults.RefusedFor(contact) >= 2, Delivery, "a retry of the alert");
            Assert.Empty(await inbox.GetOpenConcernAlertsAsync());
        }
        finally
        {
            AlertFaults.FailingContacts.TryRemove(contact, out _);
        }

        await Eventually.HoldsAsync(
            async () => (await inbox.GetOpenConcernAlertsAsync()).Any(a => a.Concern.ConcernId == raised.ConcernId),
            Delivery,
            "the alert to reach the barnkontakt once they can take it");
        Assert.Single(await inbox.GetOpenConcernAlertsAsync());
    }

    /// <summary>
    /// Under load a registration's first try can time out and be stored after its retry, so the
    /// stored reminder is not the one the registration answered with. The tick ends the stored one.
    /// </summary>
    [Fact]
    public async Task TheOutboxReminderEndsAfterDeliveryEvenWhenItWasStoredAgainSinceItsRegistration()
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);
        await child.RaiseConcernAsync(new NewConcern("sara-soc", "Sover i klassrummet", [NeedsArea.Healthy]));
        var table = await ReminderTables.OfficialAsync(fixture.ServiceId);
        var registered = (await table.ReadRow(child.GetGrainId(), "alert-outbox"))!;
        await table.UpsertRow(registered);

        await child.AsReference<IRemindable>().ReceiveReminder("alert-outbox", new TickStatus(DateTime.UtcNow, TimeSpan.FromMinutes(1), DateTime.UtcNow));

        Assert.Null(await table.ReadRow(child.GetGrainId(), "alert-outbox"));
    }

    [Fact]
    public async Task ARetryWithTheSameIdempotencyKeyIsTheSameConcernAndOneAlert()
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);
        var concern = new NewConcern("sara-soc", "Har blåmärken på armarna", [NeedsArea.Safe], IdempotencyKey: "form-7f3a");

        var first = await child.RaiseConcernAsync(concern);
        var retry = await child.RaiseConcernAsync(concern);
        var otherReporter = await child.RaiseConcernAsync(concern with { ReporterId = "erik-rektor" });

        Assert.Equal(first.ConcernId, retry.ConcernId);
        Assert.NotEqual(first.ConcernId, otherReporter.ConcernId);
        Assert.Equal(2, (await child.GetSnapshotAsync()).Concerns.Count);
        Assert.Equal(
            new[] { first.ConcernId, otherReporter.ConcernId }.Order(),
            (await fixture.Grains.GetGrain<IProfessionalGrain>(contact).GetOpenConcernAlertsAsync()).Select(a => a.Concern.ConcernId).Order());
    }

    [Fact]
    public async Task TheSameIdempotencyKeyWithOtherContentIsRefusedAndChangesNothing()
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);
        await child.RaiseConcernAsync(new NewConcern("sara-soc", "Har blåmärken på armarna", [NeedsArea.Safe], IdempotencyKey: "form-1"));
        var version = (await child.GetSnapshotAsync()).Version;

        var refused = await Assert.ThrowsAsync<StateConflictException>(() =>
            child.RaiseConcernAsync(new NewConcern("sara-soc", "Något helt annat", [NeedsArea.Safe], IdempotencyKey: "form-1")));

        Assert.Equal(ErrorCodes.ConcernIdempotencyKeyReused, refused.Code);
        Assert.Equal(version, (await child.GetSnapshotAsync()).Version);
    }
}
