using BackaBarnet.Live.Grains.Tests.Cluster;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Grains.Tests.Notifications;

/// <summary>A test cluster whose domain clock the tests move (see <see cref="FakeClockConfigurator"/>).</summary>
public sealed class ClockClusterFixture : IAsyncLifetime
{
    public ClusterFixture Cluster { get; } = new();

    public IGrainFactory Grains => Cluster.Grains;

    public Task InitializeAsync() =>
        Cluster.StartAsync(TestStorage.UniqueServiceId("clock"), b => b.AddSiloBuilderConfigurator<FakeClockConfigurator>());

    public Task DisposeAsync() => Cluster.StopAsync();
}
