using Azure.Data.Tables;
using BackaBarnet.Live.HostingDefaults.Storage;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Benchmarks.Harness;

/// <summary>A grain's state row as the grain storage provider keeps it, read straight from the table.</summary>
public static class StoredState
{
    public static TableClient Table(string connectionString) => new(connectionString, new StorageAccount(connectionString).GrainStateTable);

    public static async Task<TableEntity> ReadAsync(TableClient table, string serviceId, GrainId grainId, string stateName) =>
        (await table.GetEntityAsync<TableEntity>(GrainStateRows.PartitionKey(serviceId, grainId), GrainStateRows.RowKey(stateName))).Value;

    /// <summary>The serialized state's size in bytes (what every write of that grain sends).</summary>
    public static async Task<int> BytesAsync(TableClient table, string serviceId, GrainId grainId, string stateName) =>
        GrainStateRows.Data(await ReadAsync(table, serviceId, grainId, stateName)).Length;
}
