using System.Net.Http.Json;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Cluster.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ScaleOutTests(ClusterFixture fixture, ITestOutputHelper output) : IDisposable
{
    public void Dispose() => fixture.WriteNodeProblems(output);

    [Fact]
    public async Task AddingASiloUnderLoadSpreadsNewGrainsToItWithoutErrorsAndStoppingItHandsThemBack()
    {
        var cluster = await fixture.ReadyAsync(output);
        var web = cluster.LiveWebNodes.First();
        using var convener = await cluster.SignInAsync(Meetings.Convener, web);
        using var social = await cluster.SignInAsync("sara-soc", cluster.LiveWebNodes.Last());
        var (sessionId, childId) = await Meetings.OpenAsync(convener);
        await using var a = await MeetingClient.JoinAsync(convener, sessionId, web);
        await using var b = await MeetingClient.JoinAsync(social, sessionId, cluster.LiveWebNodes.Last());
        await using var load = new EditLoad(childId, a, b);
        await load.WaitForAsync(() => load.Acknowledged >= 10, TimeSpan.FromSeconds(30), "10 acknowledged edits");

        var added = await cluster.StartSiloAsync();
        var children = new List<Guid>();
        for (var i = 0; i < 24; i++)
        {
            children.Add((await convener.RegisterChildAsync($"Barn {i}", Meetings.Convener)).ChildId);
        }

        var statistics = await (await cluster.AdminAsync()).GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        var onAdded = statistics.Where(s => s.SiloAddress.Endpoint.Port == added.SiloPort && s.GrainType.Contains("Child", StringComparison.OrdinalIgnoreCase)).Sum(s => s.ActivationCount);
        var errorsWhileAdding = load.Errors.Count;
        output.WriteLine($"added {added.Process.Name} under load; of 24 new children's grains, {onAdded} activated on it; client errors while adding: {errorsWhileAdding}");

        // An operator's stop (SIGTERM): the silo deactivates its grains, writes, leaves the membership; they reactivate elsewhere.
        var stopTook = await added.Process.StopAsync(TimeSpan.FromSeconds(40));
        var afterStop = load.Now;
        foreach (var child in children)
        {
            (await convener.Http.GetAsync($"/api/children/{child}")).EnsureSuccessStatusCode();
        }

        await load.WaitForAsync(() => load.AcknowledgedSentAfter(afterStop) >= 10, TimeSpan.FromSeconds(20), "10 edits after the graceful stop");
        await load.StopAsync();
        var server = await Convergence.WaitUntilIdenticalAsync(convener, sessionId, [a, b], TimeSpan.FromSeconds(10));
        var present = server.Agenda.SelectMany(child => child.Actions).Select(action => action.What).ToHashSet();
        var acknowledged = load.AcknowledgedTexts;
        output.WriteLine($"graceful stop took {stopTook.TotalSeconds:F1} s; every child still reads; edits acknowledged: {acknowledged.Count}, present: {acknowledged.Count(present.Contains)}; client errors in all: {load.Errors.Count}");
        foreach (var error in load.Errors.Take(5))
        {
            output.WriteLine($"  {error}");
        }

        Assert.True(onAdded > 0, "no new grain was placed on the added silo");
        Assert.Equal(0, errorsWhileAdding);
        Assert.All(acknowledged, what => Assert.Contains(what, present));
        await cluster.ReportHealthAsync();
    }
}
