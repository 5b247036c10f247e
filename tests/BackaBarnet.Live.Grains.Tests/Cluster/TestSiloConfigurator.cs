using BackaBarnet.Live.HostingDefaults.Storage;
using BackaBarnet.Live.Silo.Hosting;
using BackaBarnet.Live.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace BackaBarnet.Live.Grains.Tests.Cluster;

/// <summary>
/// Test-cluster silos with the product's grain storage, reminders and audit table (as the silo registers them) on the run's
/// Azurite, or on the Azurite named by <see cref="StorageProperty"/> (a test's private one).
/// </summary>
public sealed class TestSiloConfigurator : ISiloConfigurator
{
    /// <summary>A TestClusterBuilder property: the storage connection string for this cluster.</summary>
    public const string StorageProperty = "BackaBarnet:TestStorage";

    public void Configure(ISiloBuilder siloBuilder)
    {
        var storage = siloBuilder.Configuration[StorageProperty] is { Length: > 0 } own ? own : TestStorage.ConnectionString;
        siloBuilder.AddBackaBarnetGrains(new StorageAccount(storage));
        // Seconds instead of Orleans' production minimums, so reminder tests take seconds.
        siloBuilder.Services.Configure<ReminderOptions>(o =>
        {
            o.MinimumReminderPeriod = TimeSpan.FromSeconds(1);
            o.RefreshReminderListPeriod = TimeSpan.FromSeconds(5);
        });
    }
}
