using Azure.Data.Tables;
using BackaBarnet.Live.GrainInterfaces.Hosting;
using BackaBarnet.Live.Grains.Hosting;
using BackaBarnet.Live.HostingDefaults.Storage;
using BackaBarnet.Live.Silo.Storage;
using BackaBarnet.Live.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace BackaBarnet.Live.Grains.Tests.Storage;

/// <summary>A silo on a private Azurite that the tests start, and stop under it.</summary>
public sealed class StorageFaultTests
{
    // 200 KiB of payload is about 270 KiB of JSON: five Data properties, so a torn write would show.
    private const int Payload = 200 * 1024;

    [Fact]
    public async Task StorageStoppingMidWriteFailsTheCallerKeepsTheLastCommittedStateAndRecovers()
    {
        await using var azurite = await AzuriteProcess.StartNewAsync();
        var cluster = await PrivateCluster.StartAsync(azurite.ConnectionString, TestStorage.UniqueServiceId("fault"));
        try
        {
            var probe = cluster.GrainFactory.GetGrain<IStorageProbeGrain>("fault");
            await probe.WriteAsync(1, Payload);
            var acknowledged = 1;
            var writer = Task.Run(async () =>
            {
                for (var version = 2; ; version++)
                {
                    try
                    {
                        await probe.WriteAsync(version, Payload);
                        acknowledged = version;
                    }
                    catch (Exception error)
                    {
                        return (Version: version, Error: error);
                    }
                }
            });
            await Eventually.HoldsAsync(() => acknowledged >= 3, TimeSpan.FromSeconds(30), "writes to be running");

            await azurite.StopAsync();
            var failed = await writer.WaitAsync(TimeSpan.FromSeconds(60));
            await azurite.StartAsync();
            await probe.DeactivateAsync();
            var reading = await probe.ReadAsync();

            Assert.True(acknowledged > 1, "writes were running when storage stopped");
            Assert.Equal(acknowledged + 1, failed.Version);
            Assert.Contains("probe", failed.Error.Message);
            Assert.True(reading.RecordExists);
            Assert.True(reading.PayloadIsWhole, $"version {reading.Version} read back torn");
            // The failed write may have reached storage before its answer was lost: then it is the last committed one.
            Assert.Contains(reading.Version, new[] { acknowledged, failed.Version });

            await probe.WriteAsync(failed.Version + 1, Payload);
            await probe.DeactivateAsync();
            Assert.Equal(new ProbeReading(true, failed.Version + 1, true), await probe.ReadAsync());
        }
        finally
        {
            await PrivateCluster.StopAsync(cluster);
        }
    }

    [Fact]
    public async Task SiloStartCreatesTheGrainStateAndReminderTables()
    {
        await using var azurite = await AzuriteProcess.StartNewAsync();
        var cluster = await PrivateCluster.StartAsync(azurite.ConnectionString, TestStorage.UniqueServiceId("tables"));
        try
        {
            var tables = new List<string>();
            await foreach (var table in new TableServiceClient(azurite.ConnectionString).QueryAsync())
            {
                tables.Add(table.Name);
            }

            var account = new StorageAccount(azurite.ConnectionString);
            Assert.Contains(account.GrainStateTable, tables);
            Assert.Contains(account.ReminderTable, tables);
        }
        finally
        {
            await PrivateCluster.StopAsync(cluster);
        }
    }

    [Fact]
    public async Task WithStorageStoppedAWriteFailsNamingGrainStateAndTableAndATooLargeStateIsRefusedBeforeAnyRequest()
    {
        await using var azurite = await AzuriteProcess.StartNewAsync();
        var cluster = await PrivateCluster.StartAsync(azurite.ConnectionString, TestStorage.UniqueServiceId("stopped"));
        try
        {
            var storage = ((InProcessSiloHandle)cluster.Primary!).SiloHost!.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Records);
            await azurite.StopAsync();
            var grain = StorageSilo.NewGrain();
            var state = new GrainState<Sample>(new Sample { Name = "unsaved" });

            var failed = await Assert.ThrowsAsync<GrainStorageFailedException>(() => storage.WriteStateAsync("plan", grain, state));
            // With nothing listening, any request would fail as above: this one never made it that far.
            var tooLarge = await Assert.ThrowsAsync<GrainStateTooLargeException>(() => storage.WriteStateAsync(
                "plan", grain, new GrainState<Sample>(new Sample { Blob = GrainStorageSizeTests.RandomBytes(730 * 1024) })));

            Assert.Contains(grain.ToString(), failed.Message);
            Assert.Contains("'plan'", failed.Message);
            Assert.Contains(new StorageAccount(azurite.ConnectionString).GrainStateTable, failed.Message);
            Assert.False(state.RecordExists);
            Assert.Null(state.ETag);
            Assert.Null(tooLarge.InnerException);
            Assert.Contains(grain.ToString(), tooLarge.Message);
        }
        finally
        {
            await azurite.StartAsync();
            await PrivateCluster.StopAsync(cluster);
        }
    }
}
