using Azure.Data.Tables;
using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.GrainInterfaces.Calendar;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Directory;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Hosting;
using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.Grains.Tests.Reminders;
using BackaBarnet.Live.HostingDefaults.Audit;
using BackaBarnet.Live.HostingDefaults.Storage;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Grains.Tests.Notifications;

/// <summary>
/// Escalation of unacknowledged concerns with the domain clock moved to a Friday afternoon. The
/// reminder's tick is delivered the way Orleans delivers it, so no real working day passes.
/// </summary>
[Collection(ClockCollection.Name)]
public sealed class EscalationTests(ClockClusterFixture fixture)
{
    [Fact]
    public async Task AConcernRaisedFridayAtThreeIsEscalatedToTheStandInOnMondayAtThreeNotBefore()
    {
        var unit = await UnitAsync(withStandIn: true);
        var friday = NextFriday();
        var (child, concern) = await RaiseOnFridayAtThreeAsync(unit.Contact);

        var monday = friday.AddDays(3);
        Assert.Equal(SwedishDate.At(monday, new TimeOnly(15, 0)), concern.EscalateAt);

        MoveClockTo(SwedishDate.At(monday, new TimeOnly(14, 59)));
        await TickAsync(child, concern.ConcernId);
        Assert.Empty(await Notices(unit.StandIn));

        MoveClockTo(SwedishDate.At(monday, new TimeOnly(15, 0)));
        await TickAsync(child, concern.ConcernId);
        await TickAsync(child, concern.ConcernId);

        Assert.Equal([NotificationKind.ConcernEscalated], await Notices(unit.StandIn));
        Assert.Empty(await Notices(unit.Manager));
        var escalated = (await child.GetSnapshotAsync()).Concerns.Single();
        Assert.Equal(unit.StandIn, escalated.EscalatedTo);
        Assert.NotNull(escalated.EscalatedAt);
        Assert.Contains(await child.GetChronologyAsync(), e => e.Kind == "ConcernEscalated" && e.Summary.Contains("eskalerad", StringComparison.Ordinal));
        var notice = (await Inbox(unit.StandIn)).Items.Single();
        Assert.DoesNotContain("Escalated child", notice.Title, StringComparison.Ordinal);
        Assert.Null(notice.ChildId);

        // The audit row names the care unit the stand-in acts from, as every access row does.
        var entry = Assert.Single(await AuditEntriesAsync(child.GetPrimaryKey()), e => e.ProfessionalId == unit.StandIn);
        Assert.Equal(unit.Name, entry.CareUnit);
    }

    [Fact]
    public async Task AcknowledgementBeforeTheDeadlinePreventsTheEscalation()
    {
        var unit = await UnitAsync(withStandIn: true);
        var (child, concern) = await RaiseOnFridayAtThreeAsync(unit.Contact);
        await child.AcknowledgeConcernAsync(concern.ConcernId, unit.Contact);
        Assert.Empty(await StoredRemindersAsync(child));

        MoveClockTo(concern.EscalateAt!.Value.AddHours(1));
        await TickAsync(child, concern.ConcernId);

        Assert.Empty(await Notices(unit.StandIn));
        Assert.Null((await child.GetSnapshotAsync()).Concerns.Single().EscalatedAt);
    }

    [Fact]
    public async Task ConcernsOfOneChildShareOneReminderThatMovesToTheNextDeadline()
    {
        var unit = await UnitAsync(withStandIn: true);
        var (child, first) = await RaiseOnFridayAtThreeAsync(unit.Contact);
        MoveClockTo(first.RaisedAt.AddHours(1));
        var second = await child.RaiseConcernAsync(new NewConcern("upptackare-2", "Orolig för maten", [NeedsArea.Healthy]));
        var third = await child.RaiseConcernAsync(new NewConcern("upptackare-3", "Orolig för sömnen", [NeedsArea.Healthy]));

        // One stored reminder for three concerns (it was three: a reminder-table write per concern).
        Assert.Equal([EscalationReminder], await StoredRemindersAsync(child));

        // The first is acknowledged; the others still wait, so the reminder stays.
        await child.AcknowledgeConcernAsync(first.ConcernId, unit.Contact);
        Assert.Equal([EscalationReminder], await StoredRemindersAsync(child));

        MoveClockTo(second.EscalateAt!.Value);
        await TickAsync(child, second.ConcernId);

        var concerns = (await child.GetSnapshotAsync()).Concerns.ToDictionary(c => c.ConcernId);
        Assert.Null(concerns[first.ConcernId].EscalatedAt);
        Assert.Equal(unit.StandIn, concerns[second.ConcernId].EscalatedTo);
        Assert.Equal(third.EscalateAt <= second.EscalateAt, concerns[third.ConcernId].EscalatedAt is not null);
        Assert.Equal([NotificationKind.ConcernEscalated], (await Notices(unit.StandIn)).Distinct());

        // Escalated or acknowledged, nothing waits any more: the reminder has ended.
        await child.AcknowledgeConcernAsync(third.ConcernId, unit.Contact);
        Assert.Empty(await StoredRemindersAsync(child));
    }

    [Fact]
    public async Task APerConcernReminderOfAnEarlierVersionStillEscalatesAndHandsOverToTheChildReminder()
    {
        var unit = await UnitAsync(withStandIn: true);
        var (child, concern) = await RaiseOnFridayAtThreeAsync(unit.Contact);

        MoveClockTo(concern.EscalateAt!.Value);
        await child.AsReference<IRemindable>().ReceiveReminder($"escalate:{concern.ConcernId:N}", new TickStatus(DateTime.UtcNow, TimeSpan.FromHours(1), DateTime.UtcNow));

        Assert.Equal([NotificationKind.ConcernEscalated], await Notices(unit.StandIn));
        Assert.Empty(await StoredRemindersAsync(child));
    }

    [Fact]
    public async Task WithoutAStandInTheUnitManagerGetsTheEscalation()
    {
        var unit = await UnitAsync(withStandIn: false);
        var (child, concern) = await RaiseOnFridayAtThreeAsync(unit.Contact);

        MoveClockTo(concern.EscalateAt!.Value);
        await TickAsync(child, concern.ConcernId);

        Assert.Equal([NotificationKind.ConcernEscalated], await Notices(unit.Manager));
    }

    [Fact]
    public async Task AColleagueOnlineIsToldAtOnceWhenTheBarnkontaktIsOffline()
    {
        var unit = await UnitAsync(withStandIn: true);
        var online = fixture.Cluster.Cluster.Client.CreateObjectReference<IProfessionalObserver>(new SilentObserver());
        await fixture.Grains.GetGrain<IProfessionalGrain>(unit.Colleague).SubscribeAsync(online);

        var (child, _) = await RaiseOnFridayAtThreeAsync(unit.Contact);

        Assert.Equal([NotificationKind.ConcernForOfflineColleague], await Notices(unit.Colleague));
        Assert.Empty(await Notices(unit.OfflineColleague));
        var entry = Assert.Single(await AuditEntriesAsync(child.GetPrimaryKey()), e => e.ProfessionalId == unit.Colleague);
        Assert.Equal(unit.Name, entry.CareUnit);
    }

    [Fact]
    public async Task NoColleagueIsToldWhileTheBarnkontaktIsOnline()
    {
        var unit = await UnitAsync(withStandIn: true);
        var observer = fixture.Cluster.Cluster.Client.CreateObjectReference<IProfessionalObserver>(new SilentObserver());
        await fixture.Grains.GetGrain<IProfessionalGrain>(unit.Colleague).SubscribeAsync(observer);
        await fixture.Grains.GetGrain<IProfessionalGrain>(unit.Contact).SubscribeAsync(observer);

        await RaiseOnFridayAtThreeAsync(unit.Contact);

        Assert.Empty(await Notices(unit.Colleague));
    }

    private sealed record Unit(string Name, string Contact, string StandIn, string Manager, string Colleague, string OfflineColleague);

    private async Task<Unit> UnitAsync(bool withStandIn)
    {
        var name = $"Ekskolan {Guid.NewGuid():N}";
        var unit = new Unit(name, Id("rektor"), Id("ersattare"), Id("chef"), Id("kurator"), Id("larare"));
        var directory = fixture.Grains.GetGrain<IDirectoryGrain>(0);
        await directory.SaveAsync(Person(unit.Contact, name, DirectoryRoles.SchoolPrincipal));
        await directory.SaveAsync(Person(unit.Manager, name, DirectoryRoles.UnitManager));
        if (withStandIn)
        {
            await directory.SaveAsync(Person(unit.StandIn, name, DirectoryRoles.UnitManagerStandIn));
        }

        await directory.SaveAsync(Person(unit.Colleague, name, DirectoryRoles.Practitioner));
        await directory.SaveAsync(Person(unit.OfflineColleague, name, DirectoryRoles.Practitioner));
        return unit;
    }

    private static DirectoryPerson Person(string id, string unit, string role) =>
        new(id, $"Person {id[..6]}", "Titel", "School", unit, [role], null, null);

    private static string Id(string prefix) => Children.Children.NewProfessionalId(prefix);

    private async Task<(IChildGrain Child, ConcernView Concern)> RaiseOnFridayAtThreeAsync(string contact)
    {
        MoveClockTo(SwedishDate.At(NextFriday(), new TimeOnly(15, 0)));
        var (child, _) = await Children.Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal, name: "Escalated child");
        var concern = await child.RaiseConcernAsync(new NewConcern("upptackare-1", "Orolig för närvaron", [NeedsArea.Safe]));
        return (child, concern);
    }

    /// <summary>
    /// The next working Friday not before the shared clock's date (the clock only moves forward)
    /// whose Monday is a working day too, so one working day later is that Monday.
    /// </summary>
    private static DateOnly NextFriday()
    {
        var today = SwedishDate.Today(FakeClockConfigurator.Clock);
        var friday = today.AddDays(((int)DayOfWeek.Friday - (int)today.DayOfWeek + 7) % 7);
        if (friday == today && FakeClockConfigurator.Clock.GetUtcNow() > SwedishDate.At(today, new TimeOnly(15, 0)))
        {
            friday = friday.AddDays(7);
        }

        while (!SwedishHolidays.IsWorkingDay(friday) || !SwedishHolidays.IsWorkingDay(friday.AddDays(3)))
        {
            friday = friday.AddDays(7);
        }

        return friday;
    }

    private static void MoveClockTo(DateTimeOffset at)
    {
        if (at > FakeClockConfigurator.Clock.GetUtcNow())
        {
            FakeClockConfigurator.Clock.SetUtcNow(at);
        }
    }

    private const string EscalationReminder = "escalation";

    /// <summary>The child's audit entries, read the way the product reads them for loggkontroll.</summary>
    private static Task<IReadOnlyList<AuditEntry>> AuditEntriesAsync(Guid childId) =>
        new AuditTable(new TableServiceClient(TestStorage.ConnectionString).GetTableClient(new StorageAccount(TestStorage.ConnectionString).AuditTable))
            .ForChildAsync(childId, DateTimeOffset.MinValue, DateTimeOffset.MaxValue);

    /// <summary>The child's reminders as stored, without the alert outbox's (it ends on its own once the alert is delivered).</summary>
    private async Task<string[]> StoredRemindersAsync(IChildGrain child)
    {
        var table = await ReminderTables.OfficialAsync(fixture.Cluster.ServiceId);
        var rows = await table.ReadRows(child.GetGrainId());
        return rows.Reminders.Select(r => r.ReminderName).Where(name => name != "alert-outbox").Order().ToArray();
    }

    private static Task TickAsync(IChildGrain child, Guid concernId) =>
        child.AsReference<IRemindable>().ReceiveReminder("escalation", new TickStatus(DateTime.UtcNow, TimeSpan.FromHours(1), DateTime.UtcNow));

    private async Task<InboxView> Inbox(string professionalId) =>
        await fixture.Grains.GetGrain<IProfessionalGrain>(professionalId).GetInboxAsync();

    private async Task<NotificationKind[]> Notices(string professionalId) =>
        (await Inbox(professionalId)).Items.Select(n => n.Kind).ToArray();

    private sealed class SilentObserver : IProfessionalObserver
    {
        public Task OnConcernRaisedAsync(ConcernAlert alert) => Task.CompletedTask;

        public Task OnNotificationAsync(Notification notification, int unread) => Task.CompletedTask;

        public Task OnUnreadCountChangedAsync(int unread) => Task.CompletedTask;
    }
}
