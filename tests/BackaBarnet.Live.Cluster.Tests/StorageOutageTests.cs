using System.Net.Http.Json;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Cluster.Tests;

[Collection(ClusterCollection.Name)]
public sealed class StorageOutageTests(ClusterFixture fixture, ITestOutputHelper output) : IDisposable
{
    public void Dispose() => fixture.WriteNodeProblems(output);

    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The storage account holds the membership table too (the default cluster set-up), so an
    /// outage takes both away at once: edits cannot be persisted, so none may be acknowledged; no
    /// silo may be declared dead for it; afterwards edits flow again and new silos join.
    /// </summary>
    [Fact]
    public async Task AStorageOutageAcknowledgesNothingItCannotKeepDeclaresNoSiloDeadAndTheClusterRecovers()
    {
        var cluster = await fixture.ReadyAsync(output);
        var silosBefore = cluster.LiveSilos.Select(s => s.SiloPort).Order().ToArray();
        using var convener = await cluster.SignInAsync(Meetings.Convener, cluster.LiveWebNodes.First());
        using var social = await cluster.SignInAsync("sara-soc", cluster.LiveWebNodes.Last());
        var (sessionId, childId) = await Meetings.OpenAsync(convener);
        await using var a = await MeetingClient.JoinAsync(convener, sessionId, cluster.LiveWebNodes.First());
        await using var b = await MeetingClient.JoinAsync(social, sessionId, cluster.LiveWebNodes.Last());
        await using var load = new EditLoad(childId, a, b);
        await load.WaitForAsync(() => load.Acknowledged >= 10, TimeSpan.FromSeconds(30), "10 acknowledged edits");

        var ackedBefore = load.Acknowledged;
        await cluster.Storage.StopAsync();
        var downAt = load.Now;
        // The outage lasts until edits have been failing for a while, not for a fixed time alone:
        // a write already on its way when storage stopped may still be acknowledged by its retry.
        await load.WaitForAsync(() => load.Errors.Count > 0 && load.Now - downAt >= Outage, Outage * 4, "edits failing while storage is down");
        await cluster.Storage.StartAsync();
        var upAt = load.Now;
        // Sent while storage was gone and not retried into its return (the SDK retries for under 2 s).
        var acknowledgedDuringOutage = load.AcknowledgedSentBetween(downAt, upAt - TimeSpan.FromSeconds(2));

        await load.WaitForAsync(() => load.AcknowledgedSentAfter(upAt) >= 10, TimeSpan.FromSeconds(30), "10 edits acknowledged after storage came back");
        var resumedAfter = load.FirstSentAfter(upAt)!.Value.At - upAt;
        var silosAfterOutage = (await cluster.WaitForSaneMembershipAsync(TimeSpan.FromSeconds(30)))
            .Where(m => m.Value == SiloStatus.Active).Select(m => m.Key.Endpoint.Port).Order().ToArray();

        // Membership recovers: a silo started after the outage joins through the same table.
        var joined = await cluster.StartSiloAsync();
        var membership = await cluster.WaitForSaneMembershipAsync(TimeSpan.FromSeconds(30));
        await load.StopAsync();
        var server = await Convergence.WaitUntilIdenticalAsync(convener, sessionId, [a, b], TimeSpan.FromSeconds(10));
        var present = server.Agenda.SelectMany(child => child.Actions).Select(action => action.What).ToHashSet();
        var acknowledged = load.AcknowledgedTexts;

        output.WriteLine($"edits acknowledged before storage stopped: {ackedBefore}; storage down {(upAt - downAt).TotalSeconds:F1} s; edits sent during it (but its last 2 s) and acknowledged: {acknowledgedDuringOutage}");
        output.WriteLine($"first edit sent after storage came back acknowledged {resumedAfter.TotalSeconds:F2} s after it; {joined.Process.Name} joined afterwards; membership has {membership.Count(m => m.Value == SiloStatus.Active)} active silos");
        output.WriteLine($"edits acknowledged in all: {acknowledged.Count}; present after: {acknowledged.Count(present.Contains)}; client errors in all: {load.Errors.Count}");
        foreach (var error in load.Errors.Take(3))
        {
            output.WriteLine($"  {error}");
        }

        Assert.Equal(0, acknowledgedDuringOutage);
        Assert.Equal(silosBefore, silosAfterOutage);
        Assert.All(acknowledged, what => Assert.Contains(what, present));
        await joined.Process.StopAsync(TimeSpan.FromSeconds(40));
        await cluster.ReportHealthAsync();

        // New records are taken again after the outage, through every web node.
        foreach (var node in cluster.LiveWebNodes)
        {
            using var professional = await cluster.SignInAsync(Meetings.Convener, node);
            await Eventually.HoldsAsync(
                async () => (await professional.Http.PostAsJsonAsync("/api/children", new { displayName = "Efter avbrottet", childContactId = Meetings.Convener })).IsSuccessStatusCode,
                TimeSpan.FromSeconds(30),
                $"{node.Process.Name} to register a child after the outage");
            var answers = new List<int>();
            for (var i = 0; i < 10; i++)
            {
                answers.Add((int)(await professional.Http.PostAsJsonAsync("/api/children", new { displayName = "Efter avbrottet", childContactId = Meetings.Convener })).StatusCode);
            }

            output.WriteLine($"{node.Process.Name}: 10 registrations after the outage answered {string.Join(" ", answers)}");
            Assert.All(answers, status => Assert.Equal(201, status));
        }
    }
}
