using BackaBarnet.Live.Grains.Hosting;
using BackaBarnet.Live.Silo.Hosting;
using BackaBarnet.Live.TestSupport;
using Orleans.TestingHost;

namespace BackaBarnet.Live.Grains.Tests.Cluster;

/// <summary>Test-cluster silos with the product's own storage provider on the run's Azurite.</summary>
public sealed class TestSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.AddBackaBarnetStorage(TestStorage.ConnectionString, "OrleansGrainState");
        siloBuilder.Services.AddBackaBarnetGrainServices();
    }
}
