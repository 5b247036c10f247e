using Azure.Data.Tables;
using BackaBarnet.Live.Silo.Storage;
using BackaBarnet.Live.Silo.Storage.Reminders;
using BackaBarnet.Live.TestSupport;

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
            await Task.Delay(TimeSpan.FromMilliseconds(500));

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

            Assert.Contains(AzureTableGrainStorageOptions.DefaultTableName, tables);
            Assert.Contains(AzureTableReminderTableOptions.DefaultTableName, tables);
        }
        finally
        {
            await PrivateCluster.StopAsync(cluster);
        }
    }
}
