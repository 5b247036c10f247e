using Azure.Data.Tables;
using BackaBarnet.Live.HostingDefaults.Storage;
using BackaBarnet.Live.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Reminders.AzureStorage;
using Orleans.Runtime.ReminderService;

namespace BackaBarnet.Live.Grains.Tests.Reminders;

/// <summary>The official reminder table on the run's Azurite, read past the silos, to check which reminders are stored.</summary>
public static class ReminderTables
{
    public static async Task<AzureBasedReminderTable> OfficialAsync(string serviceId, string? tableName = null)
    {
        var table = new AzureBasedReminderTable(
            NullLoggerFactory.Instance,
            Options.Create(new ClusterOptions { ServiceId = serviceId, ClusterId = serviceId }),
            Options.Create(new AzureTableReminderStorageOptions
            {
                TableServiceClient = new TableServiceClient(TestStorage.ConnectionString),
                TableName = tableName ?? new StorageAccount(TestStorage.ConnectionString).ReminderTable,
            }));
        await table.StartAsync(CancellationToken.None);
        return table;
    }
}
