using Azure.Data.Tables;
using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.Grains.Audit;

namespace BackaBarnet.Live.Silo.Audit;

/// <summary>
/// Writes grains' audit entries to the audit table the web nodes write and read: one transaction
/// per partition (up to the service's 100 rows each), the partitions in parallel. Rows are
/// upserted, not added, so a batch written again after an unclear failure lands on the same rows.
/// </summary>
public sealed class TableAuditSink(TableClient table) : IAuditSink
{
    private const int RowsPerTransaction = 100;

    private readonly Lazy<Task> created = new(() => table.CreateIfNotExistsAsync());

    public async Task AppendAsync(IReadOnlyCollection<AuditEntry> entries)
    {
        await created.Value;
        var rows = entries.SelectMany(entry => AuditRows.Partitions(entry).Select(partition => new TableEntity(AuditRows.Row(partition, entry))));
        var transactions = rows
            .GroupBy(row => row.PartitionKey)
            .SelectMany(partition => partition.Chunk(RowsPerTransaction))
            .Select(chunk => table.SubmitTransactionAsync(chunk.Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row))));
        await Task.WhenAll(transactions);
    }
}
