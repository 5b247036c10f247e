using BackaBarnet.Live.Grains.Tests.Cluster;
using Orleans.TestingHost;

namespace BackaBarnet.Live.Grains.Tests.Storage;

/// <summary>A one-silo test cluster on a test's own Azurite, for tests that take storage down.</summary>
public static class PrivateCluster
{
    public static async Task<TestCluster> StartAsync(string storageConnectionString, string serviceId)
    {
        var builder = new TestClusterBuilder(1);
        builder.Options.ServiceId = serviceId;
        builder.Options.ClusterId = $"{serviceId}-{Guid.NewGuid():N}"[..48];
        builder.Properties[TestSiloConfigurator.StorageProperty] = storageConnectionString;
        builder.AddSiloBuilderConfigurator<TestSiloConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    public static async Task StopAsync(TestCluster cluster)
    {
        await cluster.StopAllSilosAsync();
        await cluster.DisposeAsync();
    }
}
