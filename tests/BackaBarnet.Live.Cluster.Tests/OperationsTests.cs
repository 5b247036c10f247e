using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using BackaBarnet.Live.TestSupport;
using BackaBarnet.Live.Web.Operations;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.Cluster.Tests;

[Collection(ClusterCollection.Name)]
public sealed class OperationsTests(ClusterFixture fixture, ITestOutputHelper output) : IDisposable
{
    public void Dispose() => fixture.WriteNodeProblems(output);

    [Fact]
    public async Task SilosAndWebNodesReportLivenessAndReadinessAndSilosPublishMetrics()
    {
        var cluster = await fixture.ReadyAsync(output);
        using var http = new HttpClient();
        foreach (var silo in cluster.LiveSilos)
        {
            Assert.Equal("Healthy", await http.GetStringAsync(silo.Ops("/health/live")));
            Assert.Equal("Healthy", await http.GetStringAsync(silo.Ops("/health/ready")));
        }

        foreach (var web in cluster.LiveWebNodes)
        {
            Assert.Equal("Healthy", await http.GetStringAsync(new Uri(web.Address, "/health/live")));
            Assert.Equal("Healthy", await http.GetStringAsync(new Uri(web.Address, "/health/ready")));
        }

        // Every silo has read grain state by now (fixtures register children), so our storage histogram is there.
        using var convener = await cluster.SignInAsync(Meetings.Convener, cluster.LiveWebNodes.First());
        for (var i = 0; i < 6; i++)
        {
            await convener.RegisterChildAsync($"Mätbarn {i}", Meetings.Convener);
        }

        // A meeting active somewhere: the grains' own meter (BackaBarnet.Live.Grains) is scraped too.
        await Meetings.OpenAsync(convener);

        var scraped = await Task.WhenAll(cluster.LiveSilos.Select(s => http.GetStringAsync(s.Ops("/metrics"))));
        Assert.Contains(scraped, text => text.Contains("backabarnet_storage_latency"));
        Assert.Contains(scraped, text => text.Contains("backabarnet_sessions_active"));
        Assert.All(scraped, text => Assert.Contains("orleans_", text));
    }

    [Fact]
    public async Task TheDashboardAndWebMetricsAreForTheOpsRoleOnly()
    {
        var cluster = await fixture.ReadyAsync(output);
        var web = cluster.LiveWebNodes.First();
        using var anonymous = new HttpClient { BaseAddress = web.Address };
        using var professional = await cluster.SignInAsync(Meetings.Convener, web);
        using var ops = await cluster.SignInAsync("olle-drift", web);

        // The dashboard's own trailing slash: a redirect would drop the token (HttpClient does not resend it).
        foreach (var path in new[] { WebOperations.DashboardPath + "/", WebOperations.MetricsPath })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await professional.Http.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await ops.Http.GetAsync(path)).StatusCode);
        }

        var metrics = await ops.Http.GetStringAsync(WebOperations.MetricsPath);
        Assert.Contains("orleans_", metrics);
    }

    [Fact]
    public async Task AStoppedWebNodeClosesItsHubConnectionsAtOnce()
    {
        var cluster = await fixture.ReadyAsync(output);
        var web = cluster.LiveWebNodes.Last();
        using var convener = await cluster.SignInAsync(Meetings.Convener, web);
        var connection = await convener.ConnectAsync(web.Address);
        var closed = new TaskCompletionSource<Exception?>();
        connection.Closed += e =>
        {
            closed.TrySetResult(e);
            return Task.CompletedTask;
        };

        var stopping = Stopwatch.StartNew();
        var stop = web.Process.StopAsync(TimeSpan.FromSeconds(40));
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var closedAfter = stopping.Elapsed;
        var stopTook = await stop;
        output.WriteLine($"the client's connection closed {closedAfter.TotalSeconds:F2} s after SIGTERM; the node stopped in {stopTook.TotalSeconds:F2} s");

        Assert.Equal(HubConnectionState.Disconnected, connection.State);
        Assert.True(closedAfter < TimeSpan.FromSeconds(5), $"the connection stayed open {closedAfter.TotalSeconds:F1} s into the stop");
        await connection.DisposeAsync();
    }
}
