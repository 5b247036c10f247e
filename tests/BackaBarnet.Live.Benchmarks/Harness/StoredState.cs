using Azure.Data.Tables;
using BackaBarnet.Live.Silo.Storage;

namespace BackaBarnet.Live.Benchmarks.Harness;

/// <summary>A grain's state row as our storage provider keeps it, read straight from the table.</summary>
public static class StoredState
{
    public static TableClient Table(string connectionString) => new(connectionString, AzureTableGrainStorageOptions.DefaultTableName);

    public static async Task<TableEntity> ReadAsync(TableClient table, string serviceId, GrainId grainId, string stateName) =>
        (await table.GetEntityAsync<TableEntity>(TableKeys.PartitionKey(serviceId, grainId), TableKeys.RowKey(stateName))).Value;

    /// <summary>The serialized state's size in bytes (what every write of that grain sends).</summary>
    public static async Task<int> BytesAsync(TableClient table, string serviceId, GrainId grainId, string stateName) =>
        StateChunks.Read(await ReadAsync(table, serviceId, grainId, stateName))?.Length ?? 0;
}
