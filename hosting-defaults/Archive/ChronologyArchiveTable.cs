using Azure.Data.Tables;
using BackaBarnet.Live.HostingDefaults.Storage;
using BackaBarnet.Live.GrainInterfaces.Chronology;

namespace BackaBarnet.Live.HostingDefaults.Archive;

/// <summary>
/// The archive table of children's older chronology entries. Keys carry ids and numbers only: the
/// partition is the child's id, the row key the entry's record version, so an entry archived twice
/// (a retry after an unclear failure) is the same row. The summary (system-written, never free
/// text) and who and when are properties.
/// </summary>
public sealed class ChronologyArchiveTable(TableClient table) : IChronologyArchive
{
    /// <summary>The service's limit of rows in one transaction (all in one partition).</summary>
    private const int RowsPerTransaction = 100;

    private readonly TableCreation creation = new(table);

    public async Task ArchiveAsync(Guid childId, IReadOnlyList<ChronologyEntry> entries)
    {
        await creation.EnsureAsync();
        foreach (var chunk in entries.Chunk(RowsPerTransaction))
        {
            await table.SubmitTransactionAsync(chunk.Select(entry => new TableTransactionAction(TableTransactionActionType.UpsertReplace, Row(childId, entry))));
        }
    }

    public async Task<IReadOnlyList<ChronologyEntry>> ReadAsync(Guid childId)
    {
        await creation.EnsureAsync();
        var entries = new List<ChronologyEntry>();
        // The SDK reads page by page (1,000 rows each) as the loop asks for more.
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition(childId)))
        {
            entries.Add(new ChronologyEntry(
                row.GetDateTimeOffset(nameof(ChronologyEntry.At))!.Value,
                row.GetString(nameof(ChronologyEntry.ActorId)),
                row.GetString(nameof(ChronologyEntry.Kind)),
                row.GetString(nameof(ChronologyEntry.Summary)),
                row.GetInt64(nameof(ChronologyEntry.Version))!.Value));
        }

        return entries;
    }

    private static string Partition(Guid childId) => $"chronology_{childId:N}";

    private static TableEntity Row(Guid childId, ChronologyEntry entry) =>
        new(Partition(childId), entry.Version.ToString("D19", System.Globalization.CultureInfo.InvariantCulture))
        {
            [nameof(ChronologyEntry.At)] = entry.At,
            [nameof(ChronologyEntry.ActorId)] = entry.ActorId,
            [nameof(ChronologyEntry.Kind)] = entry.Kind,
            [nameof(ChronologyEntry.Summary)] = entry.Summary,
            [nameof(ChronologyEntry.Version)] = entry.Version,
        };
}
