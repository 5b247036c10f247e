using System.Collections.Concurrent;
using Azure.Data.Tables;
using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.HostingDefaults.Storage;

namespace BackaBarnet.Live.HostingDefaults.Audit;

/// <summary>
/// The append-only audit table (rows as <see cref="AuditRows"/> lays them out, each partition a
/// hash chain as <see cref="AuditChain"/> links it), the one writer and reader of it: web nodes
/// append each access as it happens and read for loggkontroll, silos append the entries meetings
/// collect. Each partition is appended to by one <see cref="ChainAppender"/> per process. There
/// is no update or delete here, and none anywhere else in the product.
/// </summary>
public sealed class AuditTable(TableClient table) : IAuditSink
{
    /// <summary>Partitions whose writer (and head) this node remembers; a few hundred bytes each.</summary>
    private const int MaxRememberedPartitions = 10_000;

    private readonly ConcurrentDictionary<string, ChainAppender> appenders = new(StringComparer.Ordinal);

    private readonly TableCreation creation = new(table);

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

    /// <summary>
    /// A child registered just now has no audit chain yet: its first append needs no head read.
    /// Why (issue 21's scale run): a create costs seven storage requests and Azurite's one thread
    /// is what limits the rate, and this read is one of the seven.
    /// </summary>
    public void ExpectNewChild(Guid childId)
    {
        var partition = AuditRows.ChildPartition(childId);
        ForgetIdleAppenders();
        appenders.TryAdd(partition, new ChainAppender(table, partition, startsEmpty: true));
    }

    /// <summary>Whether the table answers now (one small read of a row that need not exist), for readiness.</summary>
    internal async Task ProbeAsync(CancellationToken cancellationToken)
    {
        await creation.EnsureAsync().WaitAsync(cancellationToken);
        await table.GetEntityIfExistsAsync<TableEntity>(AuditChain.HeadRowKey, AuditChain.HeadRowKey, ["RowKey"], cancellationToken);
    }

    private async Task TrackedAsync(Func<Task> write)
    {
        try
        {
            await creation.EnsureAsync();
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
        await creation.EnsureAsync();
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition))
        {
            rows.Add(row);
        }

        return AuditChain.Verify(partition, rows);
    }

    private Task AppendToPartitionAsync(string partition, IReadOnlyList<AuditEntry> entries)
    {
        if (!appenders.TryGetValue(partition, out var appender))
        {
            ForgetIdleAppenders();
            appender = appenders.GetOrAdd(partition, key => new ChainAppender(table, key));
        }

        return appender.AppendAsync(entries);
    }

    /// <summary>
    /// Keeps the cache of partition writers bounded (a node touches many children over time): past
    /// the limit, writers with nothing under way are dropped, and their partition's next append
    /// reads its head again.
    /// </summary>
    private void ForgetIdleAppenders()
    {
        if (appenders.Count < MaxRememberedPartitions)
        {
            return;
        }

        foreach (var (partition, appender) in appenders)
        {
            if (!appender.Busy)
            {
                appenders.TryRemove(new KeyValuePair<string, ChainAppender>(partition, appender));
            }
        }
    }

    public Task<IReadOnlyList<AuditEntry>> ForChildAsync(Guid childId, DateTimeOffset from, DateTimeOffset to) =>
        ReadAsync(AuditRows.ChildPartition(childId), from, to);

    public Task<IReadOnlyList<AuditEntry>> ForProfessionalAsync(string professionalId, DateTimeOffset from, DateTimeOffset to) =>
        ReadAsync(AuditRows.ProfessionalPartition(professionalId), from, to);

    private async Task<IReadOnlyList<AuditEntry>> ReadAsync(string partition, DateTimeOffset from, DateTimeOffset to)
    {
        await creation.EnsureAsync();
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
