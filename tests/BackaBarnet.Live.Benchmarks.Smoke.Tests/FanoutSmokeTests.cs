using BackaBarnet.Live.Benchmarks.Baselines;
using BackaBarnet.Live.Benchmarks.Comparison;
using BackaBarnet.Live.Benchmarks.Fanout;
using BackaBarnet.Live.Benchmarks.Harness;
using BackaBarnet.Live.HostingDefaults.Storage;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Benchmarks.Smoke.Tests;

/// <summary>The fan-out benchmark's own code on a few meetings for a few seconds, with the silo and web node as processes.</summary>
public sealed class FanoutSmokeTests
{
    private static readonly FanoutOptions Shape = FanoutOptions.Smoke;

    [Fact]
    public async Task EveryParticipantGetsEveryEditOnceAndInOrder()
    {
        var logs = SmokeLogs.Folder("fanout");
        await using var system = await LiveProcesses.StartAsync(FanoutScenario.ProfessionalsNeeded(Shape), 60, logs, TestStorage.ConnectionString);
        await using var scenario = new FanoutScenario(system, Shape, _ => { });
        await scenario.SetUpAsync();

        var (run, _, _, requests) = await Measuring.WithCpuAsync(system, null, () => scenario.RunAsync(Shape.EditsPerSecond, Shape.Duration));

        Assert.True(run.Deliveries.Perfect, $"deliveries: {run.Deliveries}");
        Assert.True(run.Failed == 0, $"{run.Failed} edits failed, the last: {run.LastFailure}");
        var applied = scenario.Meetings.Sum(m => m.Sent.Count);
        Assert.True(applied > Shape.EditsPerSecond * Shape.Duration.TotalSeconds / 2, $"only {applied} edits were applied");
        Assert.Equal(applied * (Shape.ParticipantsPerSession - 1), run.Latency.Count);
        // Each applied edit is one grain-state write: the silo's request count (read through its metrics) says so.
        Assert.InRange(requests.GetValueOrDefault(StoragePurposes.GrainState), applied, (applied * 1.5) + 20);
    }

    [Fact]
    public async Task RawSignalRBaselineDeliversEveryBroadcastOnceAndInOrder()
    {
        var result = await RawSignalRBaseline.RunAsync(Shape, 300, SmokeLogs.Folder("rawhub"), _ => { });

        Assert.True(result.Deliveries.Perfect, $"deliveries: {result.Deliveries}");
        Assert.Equal(result.Load.Issued * Shape.ParticipantsPerSession, result.Deliveries.Expected);
        Assert.Equal(result.Load.Issued * (Shape.ParticipantsPerSession - 1), result.Latency.Count);
    }
}
