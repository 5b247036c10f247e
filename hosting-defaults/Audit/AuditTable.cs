using Azure.Data.Tables;
using BackaBarnet.Live.GrainInterfaces.Audit;

namespace BackaBarnet.Live.HostingDefaults.Audit;

/// <summary>
/// The append-only audit table (rows as <see cref="AuditRows"/> lays them out, each partition a
/// hash chain as <see cref="AuditChain"/> links it), the one writer and reader of it: web nodes append each access as it happens and read for loggkontroll, silos
/// append the entries meetings collect. There is no update or delete here, and none anywhere else
/// in the product.
/// </summary>
public sealed class AuditTable(TableClient table) : IAuditSink
{
    /// <summary>The service's limit of rows in one transaction (all in one partition).</summary>
    private const int RowsPerTransaction = 100;

    private readonly Lock creation = new();
    private Task? created;

    /// <summary>Writers racing for one partition's chain try again this often before the access fails.</summary>
    private const int MaxAttempts = 30;

    /// <summary>How long a failed write keeps the node unready when no write has succeeded since.</summary>
    internal static readonly TimeSpan FailureHoldsFor = TimeSpan.FromSeconds(10);

    private long lastFailureAt = long.MinValue;
    private long lastSuccessAt = long.MinValue;

    /// <summary>
    /// True when the last write failed, for a short while: reads may work while writes do not, and
    /// it ends by itself so a node nobody sends traffic to any more can turn ready again.
    /// </summary>
    internal bool LastWriteFailed =>
        Interlocked.Read(ref lastFailureAt) is var failed && failed > Interlocked.Read(ref lastSuccessAt)
        && Environment.TickCount64 - failed < (long)FailureHoldsFor.TotalMilliseconds;

    /// <summary>One access, as it happens: its rows are added to the end of each partition's chain (never overwritten).</summary>
    public Task AppendAsync(AuditEntry entry) =>
        // The partitions are independent chains: append to both together so an audited call waits one round, not two.
        TrackedAsync(() => Task.WhenAll(AuditRows.Partitions(entry).Select(partition => AppendToPartitionAsync(partition, [entry]))));

    /// <summary>
    /// A batch collected earlier (a meeting's edits), the partitions in parallel. A batch written
    /// again after an unclear failure adds only the rows that are not there yet.
    /// </summary>
    public Task AppendAsync(IReadOnlyCollection<AuditEntry> entries)
    {
        var byPartition = entries.SelectMany(entry => AuditRows.Partitions(entry).Select(partition => (partition, entry))).GroupBy(row => row.partition);
        return TrackedAsync(() => Task.WhenAll(byPartition.Select(group => AppendToPartitionAsync(group.Key, group.Select(row => row.entry).ToList()))));
    }

    /// <summary>Whether the table answers now (one small read of a row that need not exist), for readiness.</summary>
    internal async Task ProbeAsync(CancellationToken cancellationToken)
    {
        await CreatedAsync().WaitAsync(cancellationToken);
        await table.GetEntityIfExistsAsync<TableEntity>(AuditChain.HeadRowKey, AuditChain.HeadRowKey, ["RowKey"], cancellationToken);
    }

    private async Task TrackedAsync(Func<Task> write)
    {
        try
        {
            await CreatedAsync();
            await write();
            Interlocked.Exchange(ref lastSuccessAt, Environment.TickCount64);
        }
        catch
        {
            Interlocked.Exchange(ref lastFailureAt, Environment.TickCount64);
            throw;
        }
    }

    /// <summary>Walks the partition's hash chain: intact, or where it first breaks (a row changed or removed).</summary>
    public async Task<AuditChainReport> VerifyAsync(string partition)
    {
        await CreatedAsync();
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition))
        {
            rows.Add(row);
        }

        return AuditChain.Verify(partition, rows);
    }

    private async Task AppendToPartitionAsync(string partition, IReadOnlyList<AuditEntry> entries)
    {
        // One transaction holds the rows and the head that moves past them (the service's limit is per transaction).
        foreach (var chunk in entries.Chunk(RowsPerTransaction - 1))
        {
            await AppendChunkAsync(partition, chunk);
        }
    }

    /// <summary>
    /// Links the rows after the partition's head and moves the head in the same transaction, on
    /// the head's ETag: when another writer moved it first (412) the rows are linked again after
    /// the new head; a row already there (409, written by a try whose answer was lost) is left out.
    /// </summary>
    private async Task AppendChunkAsync(string partition, IReadOnlyList<AuditEntry> entries)
    {
        var pending = entries.ToList();
        for (var attempt = 1; ; attempt++)
        {
            var found = await table.GetEntityIfExistsAsync<TableEntity>(partition, AuditChain.HeadRowKey);
            var head = found.HasValue ? found.Value : null;
            var (seq, hash) = head is null ? (0L, AuditChain.Genesis) : (head.GetInt64("Seq") ?? 0, head.GetString("Hash") ?? AuditChain.Genesis);
            var actions = new List<TableTransactionAction>();
            foreach (var entry in pending)
            {
                var row = new TableEntity(AuditRows.Row(partition, entry));
                hash = AuditChain.Link(row, ++seq, hash);
                actions.Add(new TableTransactionAction(TableTransactionActionType.Add, row));
            }

            var moved = AuditChain.Head(partition, seq, hash);
            actions.Add(head is null
                ? new TableTransactionAction(TableTransactionActionType.Add, moved)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, moved, head.ETag));
            try
            {
                await table.SubmitTransactionAsync(actions);
                return;
            }
            catch (TableTransactionFailedException e) when (attempt < MaxAttempts && e.Status is 409 or 412)
            {
                if (e.Status == 409 && e.FailedTransactionActionIndex < pending.Count)
                {
                    pending = await NotYetWrittenAsync(partition, pending);
                    if (pending.Count == 0)
                    {
                        return;
                    }
                }

                // Another writer got there first: step aside a little, differently each time, so the racers spread out.
                await Task.Delay(Random.Shared.Next(1, 10 * Math.Min(attempt, 10)));
            }
        }
    }

    private async Task<List<AuditEntry>> NotYetWrittenAsync(string partition, List<AuditEntry> entries)
    {
        var missing = new List<AuditEntry>();
        foreach (var entry in entries)
        {
            if (!(await table.GetEntityIfExistsAsync<TableEntity>(partition, AuditRows.RowKey(entry), ["RowKey"])).HasValue)
            {
                missing.Add(entry);
            }
        }

        return missing;
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
            if (row.RowKey == AuditChain.HeadRowKey)
            {
                continue;
            }

            var at = row.GetDateTimeOffset("At")!.Value;
            if (at >= from && at <= to)
            {
                entries.Add(new AuditEntry(at, row.GetString("ProfessionalId"), row.GetString("Agency"), row.GetString("Title"), row.GetString("Action"), row.GetGuid("ChildId"))
                {
                    Through = row.GetString("Through"),
                    Id = AuditRows.EntryId(row.RowKey),
                    CareUnit = row.GetString("CareUnit"),
                    Outcome = row.GetString("Outcome"),
                });
            }
        }

        return entries;
    }
}
