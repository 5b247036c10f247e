using System.Diagnostics;
using Azure;
using BackaBarnet.Live.GrainInterfaces.Hosting;
using BackaBarnet.Live.HostingDefaults.Timeouts;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace BackaBarnet.Live.Silo.Storage;

/// <summary>
/// The official Azure Table grain storage, with the little our requirements add to it (each with a
/// test in GrainStorageTests, and WhyTheStorageIsGuardedTests showing the official provider alone
/// falls short):
/// a retried write whose first attempt had landed is not a conflict; a write whose every try ran
/// out of time but landed is not a failure; a conflict carries the stored
/// ETag; a failure names the grain, the state and the table; every call is timed for the
/// backabarnet.storage.latency metric. Everything else (layout, keys, chunking, ETags) is the
/// official provider's.
/// </summary>
public sealed partial class GuardedGrainStorage(
    IGrainStorage official, IGrainStorageSerializer serializer, string tableName, ILogger<GuardedGrainStorage> logger)
    : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>The official provider's limit: 15 binary properties of 64 KiB in one row.</summary>
    public const int MaxStateBytes = 15 * 64 * 1024;

    /// <summary>The official provider underneath, for the benchmark that measures what this layer costs.</summary>
    public IGrainStorage Official => official;

    /// <summary>The official provider creates its table and client when the silo starts.</summary>
    public void Participate(ISiloLifecycle lifecycle) => (official as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        GuardAsync("read", stateName, grainId, grainState, () => official.ReadStateAsync(stateName, grainId, grainState, cancellationToken));

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var expected = grainState.ETag;
        try
        {
            await GuardAsync("write", stateName, grainId, grainState, () => official.WriteStateAsync(stateName, grainId, grainState, cancellationToken));
        }
        catch (InconsistentStateException conflict)
        {
            // When an attempt times out on a slow service but still lands, the SDK's retry of the
            // same conditional write is refused: the ETag moved, by our own write. If the row holds
            // exactly what we wrote, the write did happen and its ETag is ours (found by our load runs).
            var stored = await StoredAsync(stateName, grainId, grainState, cancellationToken);
            if (AdoptIfLanded(stored, grainState))
            {
                LogLanded(stateName, grainId);
                return;
            }

            throw Conflict("write", stateName, grainId, expected, stored, conflict);
        }
        catch (GrainStorageFailedException) when (!cancellationToken.IsCancellationRequested)
        {
            // Every try ran out of time, yet the service may have done the work: if the row holds
            // exactly what we wrote, it did. Reported as failed, a meeting would not push an edit
            // that is stored (lost deliveries in issue 21's fan-out runs), and its next write
            // would meet its own ETag as a conflict.
            if (!AdoptIfLanded(await StoredWithinOneTryAsync(stateName, grainId, grainState, cancellationToken), grainState))
            {
                throw;
            }

            LogLandedAfterFailure(stateName, grainId);
        }
    }

    /// <summary>When the row holds exactly what <paramref name="mine"/> holds, our write landed: its ETag becomes ours.</summary>
    private bool AdoptIfLanded<T>(GrainState<T>? stored, IGrainState<T> mine)
    {
        if (stored is not { RecordExists: true } || !SameBytes(stored.State, mine.State))
        {
            return false;
        }

        (mine.ETag, mine.RecordExists) = (stored.ETag, true);
        return true;
    }

    /// <summary>
    /// The stored row after a failed write, read with one try's time at most (the failure already
    /// used the operation's budget); null when that read fails too.
    /// </summary>
    private async Task<GrainState<T>?> StoredWithinOneTryAsync<T>(string stateName, GrainId grainId, IGrainState<T> mine, CancellationToken cancellationToken)
    {
        using var oneTry = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        oneTry.CancelAfter(TimeoutBudget.StorageTry);
        try
        {
            return await StoredAsync(stateName, grainId, mine, oneTry.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var expected = grainState.ETag;
        try
        {
            await GuardAsync("clear", stateName, grainId, grainState, () => official.ClearStateAsync(stateName, grainId, grainState, cancellationToken));
        }
        catch (InconsistentStateException conflict)
        {
            throw Conflict("clear", stateName, grainId, expected, await StoredAsync(stateName, grainId, grainState, cancellationToken), conflict);
        }
    }

    /// <summary>Times the call for the metric, failed ones included (a slow failure is what an operator looks for), and names what failed.</summary>
    private async Task GuardAsync<T>(string operation, string stateName, GrainId grainId, IGrainState<T> grainState, Func<Task> call)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            await call();
            outcome = "ok";
        }
        catch (InconsistentStateException)
        {
            outcome = "conflict";
            throw;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException { ParamName: "dataSize" or "GrainState.Size" } || IsEntityTooLarge(e))
        {
            // Refused before any request (the official provider's 960 KiB limit) or by the service.
            var size = serializer.Serialize(grainState.State).ToMemory().Length;
            throw e is RequestFailedException
                ? new GrainStateTooLargeException(grainId, stateName, size, "the storage service refused the entity as too large.", e)
                : new GrainStateTooLargeException(grainId, stateName, size, $"the limit is {MaxStateBytes} bytes (15 properties of 64 KiB).");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The official provider throws the SDK's exceptions as they are (RequestFailedException,
            // AggregateException after the retries, AggregateException for a row it cannot read),
            // whose messages name an HTTP request at most. They stay here, logged; the caller gets
            // one exception every node can read (see GrainStorageFailedException).
            LogStorageFailed(e, operation, grainId, stateName, tableName);
            throw new GrainStorageFailedException(operation, grainId.ToString(), stateName, tableName, e.Message);
        }
        finally
        {
            StorageMetrics.Latency.Record(
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                new KeyValuePair<string, object?>("operation", operation),
                new KeyValuePair<string, object?>("outcome", outcome));
        }
    }

    /// <summary>What the row holds now, or null when even that cannot be read (then the conflict stands as reported).</summary>
    private async Task<GrainState<T>?> StoredAsync<T>(string stateName, GrainId grainId, IGrainState<T> mine, CancellationToken cancellationToken)
    {
        try
        {
            var stored = new GrainState<T>();
            await official.ReadStateAsync(stateName, grainId, stored, cancellationToken);
            return stored;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogStoredUnreadable(stateName, grainId, e.Message);
            return null;
        }
    }

    private bool SameBytes<T>(T stored, T mine) =>
        serializer.Serialize(stored).ToMemory().Span.SequenceEqual(serializer.Serialize(mine).ToMemory().Span);

    /// <summary>The official provider reports the stored ETag as "Unknown"; the one read on this rare path lets an operator reason about the race.</summary>
    private InconsistentStateException Conflict<T>(string operation, string stateName, GrainId grainId, string? expected, GrainState<T>? stored, Exception cause)
    {
        var storedETag = stored is null ? "(unknown: reading it failed)" : stored.ETag ?? "(no row)";
        LogConflict(cause, operation, stateName, grainId, tableName, expected ?? "(none)", storedETag);
        // Without the provider's exception inside: its type lives in the storage package, which a
        // web node does not load, and a response it cannot read reached the caller as a 500
        // (found in issue 21's fan-out runs). The cause is in the silo's log.
        return new InconsistentStateException(
            $"Optimistic concurrency conflict on {operation} of state '{stateName}' of grain {grainId} in table '{tableName}': expected ETag {expected ?? "(none, insert)"}, stored ETag {storedETag}.",
            storedETag,
            expected ?? "(none)");
    }

    private static bool IsEntityTooLarge(Exception e) =>
        e is RequestFailedException { Status: 413 } or RequestFailedException { ErrorCode: "EntityTooLarge" or "RequestBodyTooLarge" or "PropertyValueTooLarge" };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not {Operation} state '{StateName}' of grain {GrainId} in table '{Table}'.")]
    private partial void LogStorageFailed(Exception error, string operation, GrainId grainId, string stateName, string table);

    [LoggerMessage(Level = LogLevel.Information, Message = "A retried write of state '{StateName}' of grain {GrainId} had landed on its first attempt: not a conflict.")]
    private partial void LogLanded(string stateName, GrainId grainId);

    [LoggerMessage(Level = LogLevel.Information, Message = "A write of state '{StateName}' of grain {GrainId} ran out of time but had landed: not a failure.")]
    private partial void LogLandedAfterFailure(string stateName, GrainId grainId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ETag conflict on {Operation} of state '{StateName}' of grain {GrainId} in table '{Table}': expected {Expected}, stored {Stored}.")]
    private partial void LogConflict(Exception cause, string operation, string stateName, GrainId grainId, string table, string expected, string stored);

    [LoggerMessage(Level = LogLevel.Warning, Message = "After a conflict on state '{StateName}' of grain {GrainId}, reading the stored row failed too: {Reason}")]
    private partial void LogStoredUnreadable(string stateName, GrainId grainId, string reason);
}
