using Azure;
using Azure.Data.Tables;
using BackaBarnet.Live.GrainInterfaces.Audit;

namespace BackaBarnet.Live.HostingDefaults.Audit;

/// <summary>
/// This process's one writer of one audit partition's chain. Appends that arrive while a
/// transaction is under way wait for it and then go together in the next one, and the head this
/// writer last moved is remembered with its ETag, so a steady stream of accesses costs one request
/// per transaction instead of a head read, a transaction and a retry for every racing caller. Why
/// (benchmarked in issue 21): four reporters raising concerns at 25/s each made their partitions'
/// writers race for the head, and the 412 retries (each a read and a transaction again) were a
/// large share of what saturated storage. Other processes still write the same partition: the
/// head's ETag decides, and a writer that lost re-reads the head and links its rows after it.
/// </summary>
/// <param name="startsEmpty">
/// The caller knows the partition has no chain yet (a child just registered): its first append
/// adds the head without reading it first. Were it wrong, the head's add is refused and the
/// writer reads the head and links after it, as after any lost race.
/// </param>
internal sealed class ChainAppender(TableClient table, string partition, bool startsEmpty = false)
{
    /// <summary>The service's limit of actions in one transaction (all in one partition): rows plus the head.</summary>
    private const int RowsPerTransaction = 99;

    /// <summary>Writers racing for one partition's chain try again this often before the access fails.</summary>
    private const int MaxAttempts = 30;

    private readonly Lock gate = new();
    private List<Waiting> queue = [];
    private bool writing;

    /// <summary>The head as this writer last moved it; null when it must be read (first use, or after any failure).</summary>
    private Head? known = startsEmpty ? new Head(0, AuditChain.Genesis, null) : null;

    /// <summary>True while a transaction is under way or appends wait for one: such a writer must not be dropped from the cache.</summary>
    public bool Busy
    {
        get
        {
            lock (gate)
            {
                return writing;
            }
        }
    }

    /// <summary>Completes when <paramref name="entries"/> are in the chain (or fails if they could not be written).</summary>
    public Task AppendAsync(IReadOnlyList<AuditEntry> entries)
    {
        var waiting = new Waiting(entries);
        bool start;
        lock (gate)
        {
            queue.Add(waiting);
            start = !writing;
            writing = true;
        }

        if (start)
        {
            _ = Task.Run(DrainAsync);
        }

        return waiting.Done.Task;
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            List<Waiting> batch;
            lock (gate)
            {
                if (queue.Count == 0)
                {
                    writing = false;
                    return;
                }

                (batch, queue) = (queue, []);
            }

            await WriteTogetherAsync(batch);
        }
    }

    /// <summary>
    /// One transaction for everyone waiting. If the service refuses it as malformed, each caller's
    /// rows are written on their own, so one bad entry fails only the access it belongs to.
    /// </summary>
    private async Task WriteTogetherAsync(List<Waiting> batch)
    {
        try
        {
            await WriteAsync(batch.SelectMany(w => w.Entries).ToList());
            batch.ForEach(w => w.Done.TrySetResult());
        }
        catch (RequestFailedException e) when (batch.Count > 1 && e.Status is 400 or 413)
        {
            foreach (var waiting in batch)
            {
                await WriteTogetherAsync([waiting]);
            }
        }
        catch (Exception e)
        {
            batch.ForEach(w => w.Done.TrySetException(e));
        }
    }

    private async Task WriteAsync(IReadOnlyList<AuditEntry> entries)
    {
        foreach (var chunk in entries.Chunk(RowsPerTransaction))
        {
            await AppendChunkAsync(chunk);
        }
    }

    /// <summary>
    /// Links the rows after the head and moves the head in the same transaction, on the head's
    /// ETag: when another writer moved it first (412) the rows are linked again after the new head;
    /// a row already there (409, written by a try whose answer was lost) is left out.
    /// </summary>
    private async Task AppendChunkAsync(IReadOnlyList<AuditEntry> entries)
    {
        var pending = entries.ToList();
        for (var attempt = 1; ; attempt++)
        {
            var head = known ?? await ReadHeadAsync();
            known = null;
            var (seq, hash) = (head.Seq, head.Hash);
            var actions = new List<TableTransactionAction>();
            foreach (var entry in pending)
            {
                var row = new TableEntity(AuditRows.Row(partition, entry));
                hash = AuditChain.Link(row, ++seq, hash);
                actions.Add(new TableTransactionAction(TableTransactionActionType.Add, row));
            }

            var moved = AuditChain.Head(partition, seq, hash);
            actions.Add(head.ETag is { } etag
                ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, moved, etag)
                : new TableTransactionAction(TableTransactionActionType.Add, moved));
            try
            {
                var answers = await table.SubmitTransactionAsync(actions);
                // Remembered only when the service names the new ETag; otherwise the next append reads the head.
                known = answers.Value[^1].Headers.ETag is { } newTag ? new Head(seq, hash, newTag) : null;
                return;
            }
            catch (TableTransactionFailedException e) when (attempt < MaxAttempts && e.Status is 409 or 412)
            {
                if (e.Status == 409 && e.FailedTransactionActionIndex < pending.Count)
                {
                    pending = await NotYetWrittenAsync(pending);
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

    private async Task<Head> ReadHeadAsync()
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(partition, AuditChain.HeadRowKey);
        return found.HasValue
            ? new Head(found.Value!.GetInt64("Seq") ?? 0, found.Value.GetString("Hash") ?? AuditChain.Genesis, found.Value.ETag)
            : new Head(0, AuditChain.Genesis, null);
    }

    private async Task<List<AuditEntry>> NotYetWrittenAsync(List<AuditEntry> entries)
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

    /// <summary>The chain's last number and hash, and the head row's ETag (null: there is no head row yet).</summary>
    private sealed record Head(long Seq, string Hash, ETag? ETag);

    private sealed class Waiting(IReadOnlyList<AuditEntry> entries)
    {
        public IReadOnlyList<AuditEntry> Entries => entries;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
