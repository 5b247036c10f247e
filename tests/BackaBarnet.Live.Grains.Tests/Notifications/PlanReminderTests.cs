using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.Grains.Tests.Cluster;
using BackaBarnet.Live.Grains.Tests.Reminders;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Grains.Tests.Notifications;

/// <summary>Not in a shared collection: it redeploys its own cluster to show the plan's reminders are durable.</summary>
public sealed class PlanReminderTests
{
    [Fact]
    public async Task PlanDatesBecomeDurableRemindersThatFollowChangesAndSurviveARestart()
    {
        var serviceId = TestStorage.UniqueServiceId("plan-reminders");
        var table = await ReminderTables.OfficialAsync(serviceId);
        var fixture = new ClusterFixture();
        await fixture.StartAsync(serviceId);
        var childId = Guid.NewGuid();
        var child = fixture.Grains.GetGrain<IChildGrain>(childId);
        await child.RegisterAsync(new NewChild("Ossian", "erik-rektor", "erik-rektor", ChildContactRole.SchoolPrincipal));
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5);
        var input = new PlanActionInput("Läxhjälp", AgencyKind.SchoolOrPreschool, "erik-rektor", null, due);
        var added = await child.AddPlanActionAsync(input, 0, "erik-rektor");
        var actionReminder = $"action:{added.Plan.Actions[0].ActionId:N}";
        await child.UpdatePlanDetailsAsync(new PlanDetails([], null, null, due.AddDays(30), null), 1, "erik-rektor");

        var actionRow = await table.ReadRow(child.GetGrainId(), actionReminder);
        Assert.NotNull(actionRow);
        Assert.Equal(TimeSpan.FromDays(1), actionRow.Period);
        Assert.NotNull(await table.ReadRow(child.GetGrainId(), "followup"));

        await child.UpdatePlanActionAsync(added.Plan.Actions[0].ActionId, input with { Status = PlanActionStatus.Done }, 2, "erik-rektor");
        Assert.Null(await table.ReadRow(child.GetGrainId(), actionReminder));
        await fixture.StopAsync();

        await fixture.StartAsync(serviceId);
        try
        {
            child = fixture.Grains.GetGrain<IChildGrain>(childId);
            var before = await table.ReadRow(child.GetGrainId(), "followup");
            Assert.NotNull(before);
            await child.UpdatePlanDetailsAsync(new PlanDetails([], null, null, due.AddDays(60), null), 3, "erik-rektor");
            var moved = await table.ReadRow(child.GetGrainId(), "followup");
            Assert.True(moved!.StartAt > before.StartAt.AddDays(29), $"the follow-up reminder moved from {before.StartAt:O} to {moved.StartAt:O}");
        }
        finally
        {
            await fixture.StopAsync();
        }
    }
}
