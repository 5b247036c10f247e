using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Hosting;
using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.Grains.Hosting;
using BackaBarnet.Live.Grains.Tests.Children;

namespace BackaBarnet.Live.Grains.Tests.Notifications;

/// <summary>
/// Due and overdue notices with the domain clock moved forward. The tick is delivered the way
/// Orleans delivers it (through IRemindable) so the test does not wait for real days to pass.
/// </summary>
[Collection(ClockCollection.Name)]
public sealed class ReminderNotificationTests(ClockClusterFixture fixture)
{
    private static DateOnly Today => SwedishDate.Today(FakeClockConfigurator.Clock);

    [Fact]
    public async Task AnActionGetsADueNoticeOnTheDayAndAnOverdueNoticeAfterIt()
    {
        var contact = Children.Children.NewProfessionalId("rektor");
        var responsible = Children.Children.NewProfessionalId("soc");
        var (child, _) = await Children.Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal, name: "Leo");
        var added = await child.AddPlanActionAsync(new PlanActionInput("Familjesamtal", AgencyKind.SocialServices, responsible, null, Today.AddDays(2)), 0, contact);
        var reminder = $"action:{added.Plan.Actions[0].ActionId:N}";

        // Being made responsible is news of its own (the list "Mina insatser" and the inbox); the reminder has nothing to say yet.
        await TickAsync(child, reminder);
        Assert.Equal([NotificationKind.ActionAssigned], await Notices(responsible));

        FakeConfiguratorAdvance(TimeSpan.FromDays(2));
        await TickAsync(child, reminder);
        await TickAsync(child, reminder);
        Assert.Equal([NotificationKind.ActionDue, NotificationKind.ActionAssigned], await Notices(responsible));

        FakeConfiguratorAdvance(TimeSpan.FromDays(1));
        await TickAsync(child, reminder);
        Assert.Equal([NotificationKind.ActionOverdue, NotificationKind.ActionDue, NotificationKind.ActionAssigned], await Notices(responsible));
        Assert.Contains("Leo", (await Inbox(responsible)).Items[0].Title);
    }

    [Fact]
    public async Task ADoneActionGetsNoOverdueNotice()
    {
        var contact = Children.Children.NewProfessionalId("rektor");
        var (child, _) = await Children.Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);
        var input = new PlanActionInput("Läxhjälp", AgencyKind.SchoolOrPreschool, null, null, Today.AddDays(1));
        var added = await child.AddPlanActionAsync(input, 0, contact);
        var action = added.Plan.Actions[0];
        await child.UpdatePlanActionAsync(action.ActionId, input with { Status = PlanActionStatus.Done }, added.Plan.Version, contact);

        FakeConfiguratorAdvance(TimeSpan.FromDays(3));
        await TickAsync(child, $"action:{action.ActionId:N}");

        Assert.Empty(await Notices(contact));
    }

    [Fact]
    public async Task TheFollowUpIsDueForTheBarnkontaktAndTheStodsamordnareAndOverdueOnlyIfNothingWasRecorded()
    {
        var contact = Children.Children.NewProfessionalId("rektor");
        var coordinator = await Children.Children.NewPractitionerAsync(fixture.Grains, "soc", "SocialServices");
        var (child, _) = await Children.Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);
        await child.UpdatePlanDetailsAsync(new PlanDetails([], null, null, Today.AddDays(1), coordinator), 0, contact);

        FakeConfiguratorAdvance(TimeSpan.FromDays(1));
        await TickAsync(child, "followup");
        await child.RecordAssessmentAsync(new(GrainInterfaces.Assessments.RaterKind.TeamConsensus, Today, [new(NeedsArea.Safe, 3)]), contact);
        FakeConfiguratorAdvance(TimeSpan.FromDays(1));
        await TickAsync(child, "followup");

        Assert.Equal([NotificationKind.FollowUpDue], await Notices(contact));
        Assert.Equal([NotificationKind.FollowUpDue], await Notices(coordinator));
    }

    private static void FakeConfiguratorAdvance(TimeSpan by) => FakeClockConfigurator.Clock.Advance(by);

    private static Task TickAsync(IChildGrain child, string reminder) =>
        child.AsReference<IRemindable>().ReceiveReminder(reminder, new TickStatus(DateTime.UtcNow, TimeSpan.FromDays(1), DateTime.UtcNow));

    private async Task<InboxView> Inbox(string professionalId) =>
        await fixture.Grains.GetGrain<IProfessionalGrain>(professionalId).GetInboxAsync();

    private async Task<NotificationKind[]> Notices(string professionalId) =>
        (await Inbox(professionalId)).Items.Select(n => n.Kind).ToArray();
}
