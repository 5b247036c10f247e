using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Cluster.Tests;

[Collection(ClusterCollection.Name)]
public sealed class RedisRestartTests(ClusterFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task RestartingRedisKeepsExistingActivationsServingAndMembershipRecovers()
    {
        var cluster = await fixture.ReadyAsync(output);
        using var convener = await cluster.SignInAsync(Meetings.Convener, cluster.LiveWebNodes.First());
        using var social = await cluster.SignInAsync("sara-soc", cluster.LiveWebNodes.Last());
        var (sessionId, childId) = await Meetings.OpenAsync(convener);
        await using var a = await MeetingClient.JoinAsync(convener, sessionId, cluster.LiveWebNodes.First());
        await using var b = await MeetingClient.JoinAsync(social, sessionId, cluster.LiveWebNodes.Last());
        await using var load = new EditLoad(childId, a, b);
        await load.WaitForAsync(() => load.Acknowledged >= 10, TimeSpan.FromSeconds(30), "10 acknowledged edits");

        var ackedBefore = load.Acknowledged;
        var errorsBefore = load.Errors.Count;
        await cluster.Redis.StopAsync();
        var downAt = load.Now;
        await Task.Delay(Outage);
        var servedDuringOutage = load.AcknowledgedSentAfter(downAt);
        var errorsDuringOutage = load.Errors.Count - errorsBefore;
        await cluster.Redis.StartAsync();

        // Membership recovers: a silo started after the restart joins through the same table.
        var joined = await cluster.StartSiloAsync();
        var membership = await cluster.WaitForSaneMembershipAsync(TimeSpan.FromSeconds(30));
        await load.StopAsync();
        var server = await Convergence.WaitUntilIdenticalAsync(convener, sessionId, [a, b], TimeSpan.FromSeconds(10));
        var present = server.Agenda.SelectMany(child => child.Actions).Select(action => action.What).ToHashSet();
        var acknowledged = load.AcknowledgedTexts;

        output.WriteLine($"edits acknowledged before Redis stopped: {ackedBefore}; during the {Outage.TotalSeconds:F0} s outage: {servedDuringOutage}; client errors during it: {errorsDuringOutage}");
        output.WriteLine($"after the restart {joined.Process.Name} joined; membership has {membership.Count(m => m.Value == SiloStatus.Active)} active silos");
        output.WriteLine($"edits acknowledged in all: {acknowledged.Count}; present after: {acknowledged.Count(present.Contains)}; client errors in all: {load.Errors.Count}");

        Assert.True(servedDuringOutage > 0, "no edit was served while Redis was down");
        Assert.Equal(0, errorsDuringOutage);
        Assert.All(acknowledged, what => Assert.Contains(what, present));
        await joined.Process.StopGracefullyAsync(TimeSpan.FromSeconds(40));
        await cluster.ReportHealthAsync();
    }
}
