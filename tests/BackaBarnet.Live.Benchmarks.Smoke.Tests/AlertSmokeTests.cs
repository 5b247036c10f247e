using BackaBarnet.Live.Benchmarks.Alerts;
using BackaBarnet.Live.Benchmarks.Harness;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Benchmarks.Smoke.Tests;

/// <summary>The concern-alert benchmark's own code with a few barnkontakter for a few seconds.</summary>
public sealed class AlertSmokeTests
{
    private static readonly AlertOptions Shape = AlertOptions.Smoke;

    [Fact]
    public async Task EveryConcernReachesItsBarnkontaktOnceLiveAndOnReconnect()
    {
        await using var system = await LiveProcesses.StartAsync(Shape.Barnkontakter, AlertScenario.ConcernsPerMinute(Shape), SmokeLogs.Folder("alerts"), TestStorage.ConnectionString);
        await using var scenario = new AlertScenario(system, Shape, _ => { });
        await scenario.SetUpAsync();

        var online = await scenario.RunOnlineAsync(Shape.ConcernsPerSecond, Shape.Duration);
        var halfOffline = await scenario.RunHalfOfflineAsync(Shape.ConcernsPerSecond, Shape.OfflineDuration);

        Assert.True(scenario.FailedRaises == 0, $"{scenario.FailedRaises} concern calls failed, the last: {scenario.LastFailure}");
        Assert.True(online.Live.Perfect, $"all online: {online.Live}");
        Assert.Equal(online.Load.Issued, online.Live.Expected);
        Assert.True(halfOffline.Live.Perfect, $"the online half: {halfOffline.Live}");
        Assert.True(halfOffline.OnReconnect.Perfect, $"the offline half on reconnect: {halfOffline.OnReconnect}");
        Assert.Equal(halfOffline.Load.Issued, halfOffline.Live.Expected + halfOffline.OnReconnect.Expected);
        Assert.True(halfOffline.OnReconnect.Expected > 0, "no concern was raised for an offline barnkontakt");
    }
}
