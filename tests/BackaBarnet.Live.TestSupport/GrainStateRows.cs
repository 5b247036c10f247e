using Azure.Data.Tables;

namespace BackaBarnet.Live.TestSupport;

/// <summary>
/// Grain state rows as the official Orleans Azure Table provider lays them out (and as the
/// product's own provider did before it): partition key <c>{ServiceId}_{GrainId}</c>, row key the
/// state name, both with <c>/ \ # ?</c> made '_'; the serialized state in binary properties
/// <c>Data</c>, <c>Data1</c> … <c>Data14</c> of at most 64 KiB each. Written out here, apart from
/// the provider, so tests and benchmarks can check and prepare rows on their own.
/// </summary>
public static class GrainStateRows
{
    public const int ChunkSize = 64 * 1024;
    public const int MaxChunks = 15;

    public static string PartitionKey(string serviceId, GrainId grainId) => Sanitize($"{serviceId}_{grainId}");

    public static string RowKey(string stateName) => Sanitize(stateName);

    public static string PropertyName(int index) => index == 0 ? "Data" : $"Data{index}";

    public static TableEntity Row(string partitionKey, string rowKey, ReadOnlyMemory<byte> data)
    {
        var entity = new TableEntity(partitionKey, rowKey);
        for (int offset = 0, index = 0; offset < data.Length; offset += ChunkSize, index++)
        {
            entity[PropertyName(index)] = data.Slice(offset, Math.Min(ChunkSize, data.Length - offset)).ToArray();
        }

        return entity;
    }

    /// <summary>The serialized state, joined from its chunks (empty when the row holds none).</summary>
    public static byte[] Data(TableEntity entity) =>
        Enumerable.Range(0, MaxChunks).Select(i => entity.GetBinary(PropertyName(i))).TakeWhile(chunk => chunk is not null).SelectMany(chunk => chunk!).ToArray();

    /// <summary>How many bytes of serialized state one grain has stored in the test run's grain-state table.</summary>
    public static async Task<int> StoredBytesAsync(string serviceId, GrainId grainId, string stateName)
    {
        var table = new TableClient(TestStorage.ConnectionString, "OrleansGrainState");
        var row = await table.GetEntityAsync<TableEntity>(PartitionKey(serviceId, grainId), RowKey(stateName));
        return Data(row.Value).Length;
    }

    private static string Sanitize(string key) => key.Replace('/', '_').Replace('\\', '_').Replace('#', '_').Replace('?', '_');
}
