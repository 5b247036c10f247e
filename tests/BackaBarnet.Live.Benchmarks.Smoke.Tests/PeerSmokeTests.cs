using BackaBarnet.Live.Benchmarks.Alerts;
using BackaBarnet.Live.Benchmarks.Comparison;
using BackaBarnet.Live.Benchmarks.Fanout;
using BackaBarnet.Live.Benchmarks.Harness;
using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.Benchmarks.Smoke.Tests;

/// <summary>
/// The peer the product is measured against is held to the same contract: every edit to every
/// participant once and in order, every alert to its barnkontakt, bad input refused by field.
/// </summary>
public sealed class PeerSmokeTests
{
    [Fact]
    public async Task ThePeerDeliversEveryEditOnceAndInOrderAndItsCpuIsMeasured()
    {
        var shape = FanoutOptions.Smoke;
        await using var peer = await PeerProcess.StartAsync(TestStorage.ConnectionString, 4096, SmokeLogs.Folder("peer-fanout"));
        await using var scenario = new FanoutScenario(peer, shape, _ => { });
        await scenario.SetUpAsync();

        var (run, serverCpu, _, requests) = await Measuring.WithCpuAsync(peer, null, () => scenario.RunAsync(shape.EditsPerSecond, shape.Duration));

        Assert.True(run.Deliveries.Perfect, $"deliveries: {run.Deliveries}");
        Assert.True(run.Failed == 0, $"{run.Failed} edits failed, the last: {run.LastFailure}");
        var applied = scenario.Meetings.Sum(m => m.Sent.Count);
        Assert.True(applied > shape.EditsPerSecond * shape.Duration.TotalSeconds / 2, $"only {applied} edits were applied");
        Assert.Equal(applied * (shape.ParticipantsPerSession - 1), run.Latency.Count);
        Assert.True(serverCpu["peer"] > TimeSpan.Zero, "no CPU time was read for the peer process");
        // One upsert per applied edit (stale ones write nothing): the count the reports compare per edit.
        Assert.InRange(requests["all"], applied, applied * 1.1);
    }

    [Fact]
    public async Task ThePeerRefusesABadRatingAndAStaleEditNamingTheField()
    {
        await using var peer = await PeerProcess.StartAsync(TestStorage.ConnectionString, 0, SmokeLogs.Folder("peer-refusals"));
        using var convener = await peer.SignInAsync("peer-convener");
        using var other = await peer.SignInAsync("peer-other");
        var (sessionId, childId) = await peer.OpenMeetingAsync(convener, [other]);
        await using var connection = await convener.ConnectAsync();
        await connection.InvokeAsync<object>("JoinSession", sessionId);

        var badRating = await Assert.ThrowsAsync<HubException>(() =>
            connection.InvokeAsync<EditOutcome>("SubmitRatings", sessionId, childId, new[] { new AreaRating(NeedsArea.Safe, 9) }));
        var details = new SessionPlanDetails([], null, null, "Beslut");
        var first = await connection.InvokeAsync<EditOutcome>("SaveDetails", sessionId, childId, details, 0L);
        var stale = await connection.InvokeAsync<EditOutcome>("SaveDetails", sessionId, childId, details, 0L);

        Assert.Contains("ratings", badRating.Message, StringComparison.Ordinal);
        Assert.True(first.Applied);
        Assert.False(stale.Applied);
        Assert.Equal(first.SessionVersion, stale.SessionVersion);
        Assert.Equal(first.SessionVersion, await peer.SessionVersionAsync(convener, sessionId));
    }

    [Fact]
    public async Task ThePeerPushesEveryConcernToItsBarnkontaktOnce()
    {
        var shape = AlertOptions.Smoke;
        await using var peer = await PeerProcess.StartAsync(TestStorage.ConnectionString, 0, SmokeLogs.Folder("peer-alerts"));
        await using var scenario = new AlertScenario(peer, shape, _ => { });
        await scenario.SetUpAsync();

        var online = await scenario.RunOnlineAsync(shape.ConcernsPerSecond, shape.Duration);

        Assert.True(scenario.FailedRaises == 0, $"{scenario.FailedRaises} concern calls failed, the last: {scenario.LastFailure}");
        Assert.True(online.Live.Perfect, $"all online: {online.Live}");
        Assert.Equal(online.Load.Issued, online.Live.Expected);
    }
}
