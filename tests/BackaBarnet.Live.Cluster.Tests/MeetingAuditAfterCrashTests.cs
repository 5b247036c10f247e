using System.Net.Http.Json;
using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Cluster.Tests;

/// <summary>
/// A meeting's audit entries are stored with its edits and moved to the audit table some seconds
/// later. When the silo holding the meeting is killed first, the meeting comes up on another silo
/// and moves them, without anyone using the meeting again: its reminder guarantees it (the
/// grains' TheMeetingsReminderMovesItsEntriesBeforeItsTimerWould shows the reminder alone moves
/// them); here the web node's own clean-up after the lost silo may wake it sooner (17 s measured).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class MeetingAuditAfterCrashTests(ClusterFixture fixture, ITestOutputHelper output)
{
    /// <summary>
    /// The stated bound: the silo declared dead (seconds here), then the reminder's next tick
    /// (its period is Orleans' production minimum, one minute, counted from the first edit).
    /// </summary>
    private static readonly TimeSpan MovedWithin = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task EntriesOfAMeetingWhoseSiloWasKilledReachTheAuditTableWithoutTheMeetingBeingUsedAgain()
    {
        var cluster = await fixture.ReadyAsync(output);
        var web = cluster.LiveWebNodes.First();
        using var convener = await cluster.SignInAsync(Meetings.Convener, web);
        using var auditor = await cluster.SignInAsync("karin-revisor", web);
        var (sessionId, childId) = await Meetings.OpenAsync(convener);
        var host = await cluster.HostOfAsync((await cluster.AdminAsync()).GetGrain<ITeamSessionGrain>(sessionId))
            ?? throw new InvalidOperationException("The meeting is not active on any silo.");

        await using (var participant = await MeetingClient.JoinAsync(convener, sessionId, web))
        {
            Assert.True((await participant.SaveNewActionAsync(childId, "Läxhjälp två dagar i veckan")).Applied);
        }

        // Everyone has left, and the silo dies before the meeting's timer (a minute on) moves the entry.
        await host.Process.KillAsync();
        var killedAt = DateTime.UtcNow;

        var moved = await Eventually.ReturnsAsync(
            async () => (await auditor.Http.GetFromJsonAsync<AuditEntry[]>($"/api/audit/children/{childId}", Json.Options))!
                // The meeting's own entry for the edit, not the web node's for the join.
                .FirstOrDefault(e => e.Action == $"saved a plan action in team session {sessionId} about"),
            MovedWithin,
            "the killed meeting's audit entry in the audit table");

        output.WriteLine($"killed {host.Process.Name}; the meeting's entry ('{moved.Action}') was in the audit table {(DateTime.UtcNow - killedAt).TotalSeconds:F1} s later");
        Assert.Equal(Meetings.Convener, moved.ProfessionalId);
        await cluster.EnsureAsync(ClusterFixture.Silos, ClusterFixture.WebNodes);
    }
}
