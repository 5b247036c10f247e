using Azure.Data.Tables;
using BackaBarnet.Live.GrainInterfaces.Audit;

namespace BackaBarnet.Live.HostingDefaults.Audit;

/// <summary>
/// The append-only audit table (rows as <see cref="AuditRows"/> lays them out), the one writer and
/// reader of it: web nodes append each access as it happens and read for loggkontroll, silos
/// append the entries meetings collect. There is no update or delete here, and none anywhere else
/// in the product.
/// </summary>
public sealed class AuditTable(TableClient table) : IAuditSink
{
    /// <summary>The service's limit of rows in one transaction (all in one partition).</summary>
    private const int RowsPerTransaction = 100;

    private readonly Lock creation = new();
    private Task? created;

    /// <summary>One access, as it happens: its rows are added (a row already there is an error, never overwritten).</summary>
    public async Task AppendAsync(AuditEntry entry)
    {
        await CreatedAsync();

        // The rows are independent writes: send them together so an audited call waits one round trip, not two.
        await Task.WhenAll(AuditRows.Partitions(entry).Select(partition => table.AddEntityAsync(new TableEntity(AuditRows.Row(partition, entry)))));
    }

    /// <summary>
    /// A batch collected earlier (a meeting's edits): one transaction per partition, the partitions
    /// in parallel. Upserted, so a batch written again after an unclear failure lands on the same rows.
    /// </summary>
    public async Task AppendAsync(IReadOnlyCollection<AuditEntry> entries)
    {
        await CreatedAsync();
        var rows = entries.SelectMany(entry => AuditRows.Partitions(entry).Select(partition => new TableEntity(AuditRows.Row(partition, entry))));
        var transactions = rows
            .GroupBy(row => row.PartitionKey)
            .SelectMany(partition => partition.Chunk(RowsPerTransaction))
            .Select(chunk => table.SubmitTransactionAsync(chunk.Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row))));
        await Task.WhenAll(transactions);
    }

    /// <summary>
    /// Creates the table once; a creation that failed (storage away when the first access came)
    /// is tried again by the next access instead of failing every access until a restart.
    /// </summary>
    private Task CreatedAsync()
    {
        lock (creation)
        {
            if (created is null || created.IsFaulted || created.IsCanceled)
            {
                created = table.CreateIfNotExistsAsync();
            }

            return created;
        }
    }

    public Task<IReadOnlyList<AuditEntry>> ForChildAsync(Guid childId, DateTimeOffset from, DateTimeOffset to) =>
        ReadAsync(AuditRows.ChildPartition(childId), from, to);

    public Task<IReadOnlyList<AuditEntry>> ForProfessionalAsync(string professionalId, DateTimeOffset from, DateTimeOffset to) =>
        ReadAsync(AuditRows.ProfessionalPartition(professionalId), from, to);

    private async Task<IReadOnlyList<AuditEntry>> ReadAsync(string partition, DateTimeOffset from, DateTimeOffset to)
    {
        await CreatedAsync();
        var entries = new List<AuditEntry>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition))
        {
            var at = row.GetDateTimeOffset("At")!.Value;
            if (at >= from && at <= to)
            {
                entries.Add(new AuditEntry(at, row.GetString("ProfessionalId"), row.GetString("Agency"), row.GetString("Title"), row.GetString("Action"), row.GetGuid("ChildId"))
                {
                    Through = row.GetString("Through"),
                    Id = AuditRows.EntryId(row.RowKey),
                });
            }
        }

        return entries;
    }
}
