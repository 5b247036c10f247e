using Orleans.TestingHost;

namespace BackaBarnet.Live.Grains.Tests.Cluster;

/// <summary>An in-process Orleans test cluster whose grain state lives in real Azurite.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public string ServiceId { get; private set; } = "";

    public Task InitializeAsync() => StartAsync(TestSupport.TestStorage.UniqueServiceId("grains"));

    /// <summary>Starts a fresh cluster; with the same service id it reads the state an earlier one wrote.</summary>
    /// <param name="configureFirst">Runs before the standard configurators, so what it registers wins over their defaults.</param>
    public async Task StartAsync(string serviceId, Action<TestClusterBuilder>? configureFirst = null)
    {
        var builder = new TestClusterBuilder(1);
        configureFirst?.Invoke(builder);
        builder.Options.ServiceId = ServiceId = serviceId;
        builder.Options.ClusterId = $"{serviceId}-{Guid.NewGuid():N}"[..48];
        builder.AddSiloBuilderConfigurator<TestSiloConfigurator>();
        builder.AddSiloBuilderConfigurator<PersonnummerKeyConfigurator>();
        builder.AddSiloBuilderConfigurator<AlertFaults>();
        builder.AddSiloBuilderConfigurator<WriteFaults>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task StopAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    public Task DisposeAsync() => StopAsync();
}
