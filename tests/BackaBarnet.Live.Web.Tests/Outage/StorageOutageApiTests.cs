using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.HostingDefaults.Timeouts;
using BackaBarnet.Live.TestSupport;
using BackaBarnet.Live.Web.Endpoints;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace BackaBarnet.Live.Web.Tests.Outage;

/// <summary>
/// With storage gone, every request still gets an answer a client can act on, in bounded time: 503
/// with a code and Retry-After, never a 500 or a hang; readiness says so; when storage returns the
/// node works again by itself and nothing it acknowledged is lost.
/// </summary>
public sealed class StorageOutageApiTests(OutageSystem system, ITestOutputHelper output) : IClassFixture<OutageSystem>
{
    /// <summary>The README's promise: no request waits longer than the request timeout.</summary>
    private static readonly TimeSpan Bound = TimeoutBudget.Request;

    [Fact]
    public async Task DuringAStorageOutageRequestsAnswer503WithACodeAndRetryAfterInBoundedTimeAndTheNodeRecovers()
    {
        using var nurse = await system.SignInAsync("anna-bvc");
        using var teacher = await system.SignInAsync("erik-rektor");
        var child = await nurse.RegisterChildAsync("Alva", "anna-bvc");
        var before = await teacher.RaiseConcernAsync(child.ChildId, "Alva är ofta hungrig på morgonen.", "Healthy");
        await using var hub = await nurse.ConnectAsync();
        using var anonymous = system.AnonymousClient();

        await system.Storage.StopAsync();
        try
        {
            await AssertUnavailableAsync("raise a concern", () => teacher.Http.PostAsJsonAsync($"/api/children/{child.ChildId}/concerns", new RaiseConcernRequest("Alva hade inga vantar.", ["Safe"])));
            await AssertUnavailableAsync("read the record", () => nurse.Http.GetAsync($"/api/children/{child.ChildId}"));
            await AssertUnavailableAsync("register a child", () => nurse.Http.PostAsJsonAsync("/api/children", new CreateChildRequest("Bo", "anna-bvc")));

            var watch = Stopwatch.StartNew();
            var refused = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<long>("WatchChild", child.ChildId));
            output.WriteLine($"hub WatchChild: {refused.Message.Split('\n')[0]} after {watch.Elapsed.TotalSeconds:F2} s");
            Assert.Contains($"HubException: [{ErrorCodes.StorageUnavailable}]", refused.Message);
            Assert.True(watch.Elapsed < Bound, $"the hub call took {watch.Elapsed}");

            await Eventually.HoldsAsync(
                async () => (await anonymous.GetAsync("/health/ready")).StatusCode == HttpStatusCode.ServiceUnavailable,
                Bound,
                "readiness to turn false while storage is down");
        }
        finally
        {
            await system.Storage.StartAsync();
        }

        var back = Stopwatch.StartNew();
        await Eventually.HoldsAsync(
            async () => (await teacher.Http.PostAsJsonAsync($"/api/children/{child.ChildId}/concerns", new RaiseConcernRequest("Alva hade inga vantar.", ["Safe"]))).IsSuccessStatusCode,
            TimeSpan.FromSeconds(30),
            "a concern to be taken again after storage came back");
        output.WriteLine($"first concern taken {back.Elapsed.TotalSeconds:F2} s after storage came back");
        await Eventually.HoldsAsync(
            async () => (await anonymous.GetAsync("/health/ready")).IsSuccessStatusCode,
            TimeSpan.FromSeconds(30),
            "readiness to turn true again by itself");
        Assert.Equal(HttpStatusCode.Created, (await nurse.Http.PostAsJsonAsync("/api/children", new CreateChildRequest("Bo", "anna-bvc"))).StatusCode);
        var record = await (await nurse.Http.GetAsync($"/api/children/{child.ChildId}")).EnsureSuccessAsync();
        Assert.Contains(before.ConcernId.ToString(), await record.Content.ReadAsStringAsync());
    }

    private async Task AssertUnavailableAsync(string what, Func<Task<HttpResponseMessage>> send)
    {
        var watch = Stopwatch.StartNew();
        using var response = await send();
        watch.Stop();
        var body = await response.Content.ReadAsStringAsync();
        output.WriteLine($"{what}: {(int)response.StatusCode} after {watch.Elapsed.TotalSeconds:F2} s, Retry-After {response.Headers.RetryAfter}: {body}");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(ErrorCodes.StorageUnavailable, JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
        Assert.Equal(TimeoutBudget.RetryAfter, response.Headers.RetryAfter?.Delta);
        Assert.True(watch.Elapsed < Bound, $"{what} took {watch.Elapsed}, more than {Bound}");
    }
}
