using Azure.Data.Tables;

namespace BackaBarnet.Live.Silo.Storage;

/// <summary>
/// Splits serialized state over the binary properties <c>Data</c>, <c>Data1</c> … <c>Data14</c>
/// (at most 64 KiB each, the Table service's limit for one binary property), and joins them back.
/// </summary>
public static class StateChunks
{
    public const int ChunkSize = 64 * 1024;
    public const int MaxChunks = 15;
    public const int MaxStateBytes = ChunkSize * MaxChunks;

    public static string PropertyName(int index) => index == 0 ? "Data" : $"Data{index}";

    public static void Write(TableEntity entity, ReadOnlyMemory<byte> data)
    {
        if (data.IsEmpty)
        {
            // Without a Data property the row would read as "no record".
            entity[PropertyName(0)] = Array.Empty<byte>();
        }

        for (int offset = 0, index = 0; offset < data.Length; offset += ChunkSize, index++)
        {
            var length = Math.Min(ChunkSize, data.Length - offset);
            entity[PropertyName(index)] = data.Slice(offset, length).ToArray();
        }
    }

    /// <summary>The joined data, or null when the row carries none (a cleared, kept row).</summary>
    public static byte[]? Read(TableEntity entity)
    {
        var chunks = new List<byte[]>();
        for (var index = 0; index < MaxChunks && entity.GetBinary(PropertyName(index)) is { } chunk; index++)
        {
            chunks.Add(chunk);
        }

        if (chunks.Count == 0)
        {
            return null;
        }

        // A row is written in one request, so a gap can only mean someone else edited it:
        // refuse it rather than deserialize a state with a hole in the middle.
        for (var index = chunks.Count + 1; index < MaxChunks; index++)
        {
            if (entity.ContainsKey(PropertyName(index)))
            {
                throw new InvalidDataException(
                    $"Row {entity.PartitionKey}/{entity.RowKey} has {PropertyName(index)} but no {PropertyName(chunks.Count)}: its state is not readable.");
            }
        }

        if (chunks.Count == 1)
        {
            // The common case (states under 64 KiB): no copy.
            return chunks[0];
        }

        var joined = new byte[chunks.Sum(c => c.Length)];
        var position = 0;
        foreach (var chunk in chunks)
        {
            chunk.CopyTo(joined, position);
            position += chunk.Length;
        }

        return joined;
    }
}
