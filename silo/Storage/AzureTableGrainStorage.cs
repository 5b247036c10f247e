using System.Diagnostics;
using Azure;
using Azure.Data.Tables;
using BackaBarnet.Live.Silo.Telemetry;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Storage;

namespace BackaBarnet.Live.Silo.Storage;

/// <summary>
/// Grain state in Azure Table Storage, one row per grain and state name, with optimistic
/// concurrency on the row's ETag.
/// </summary>
public sealed partial class AzureTableGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private readonly string name;
    private readonly AzureTableGrainStorageOptions options;
    private readonly ClusterOptions cluster;
    private readonly IGrainStorageSerializer serializer;
    private readonly ILogger<AzureTableGrainStorage> logger;
    private readonly TableClient table;

    public AzureTableGrainStorage(
        string name,
        AzureTableGrainStorageOptions options,
        ClusterOptions cluster,
        IGrainStorageSerializer serializer,
        ILogger<AzureTableGrainStorage> logger)
    {
        options.Validate($"grain storage '{name}'");
        (this.name, this.options, this.cluster, this.serializer, this.logger) = (name, options, cluster, serializer, logger);
        table = TableClientFactory.Create(options);
    }

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(
            $"{nameof(AzureTableGrainStorage)}-{name}",
            ServiceLifecycleStage.ApplicationServices,
            EnsureTableAsync);

    /// <summary>Creates the table if it is missing; run once when the silo starts.</summary>
    public async Task EnsureTableAsync(CancellationToken cancellation)
    {
        await table.CreateIfNotExistsAsync(cancellation);
        LogTableReady(name, options.TableName);
    }

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var (partition, row) = Keys(grainId, stateName);
        var response = await Guard("read", grainId, stateName, () => table.GetEntityIfExistsAsync<TableEntity>(partition, row));
        var data = response.HasValue ? StateChunks.Read(response.Value!) : null;

        grainState.State = data is null ? CreateEmpty<T>() : Deserialize<T>(data, grainId, stateName);
        grainState.ETag = response.HasValue ? response.Value!.ETag.ToString() : null;
        grainState.RecordExists = data is not null;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var data = serializer.Serialize(grainState.State).ToMemory();
        if (data.Length > StateChunks.MaxStateBytes)
        {
            throw new GrainStateTooLargeException(
                grainId, stateName, data.Length, $"the limit is {StateChunks.MaxStateBytes} bytes ({StateChunks.MaxChunks} properties of 64 KiB).");
        }

        var (partition, row) = Keys(grainId, stateName);
        var entity = new TableEntity(partition, row);
        StateChunks.Write(entity, data);
        try
        {
            grainState.ETag = await Guard("write", grainId, stateName, () => InsertOrReplaceAsync(entity, grainState.ETag));
            grainState.RecordExists = true;
        }
        catch (GrainStorageFailedException e) when (e.InnerException is RequestFailedException inner && IsEntityTooLarge(inner))
        {
            throw new GrainStateTooLargeException(grainId, stateName, data.Length, "the storage service refused the entity as too large.", inner);
        }
        catch (GrainStorageFailedException e) when (e.InnerException is RequestFailedException inner && IsConflict(inner))
        {
            if (await OwnWriteLandedAsync(entity, data) is { } landed)
            {
                grainState.ETag = landed;
                grainState.RecordExists = true;
                return;
            }

            throw await ConflictAsync(entity, grainState.ETag, grainId, stateName, "write", inner);
        }
    }

    /// <summary>
    /// When an attempt times out on a slow service but still lands, the SDK's retry of the same
    /// conditional write is refused (the ETag moved: by our own write). If the row holds exactly
    /// the bytes we wrote, the write did happen; its ETag is ours. Anything else is a real conflict.
    /// </summary>
    private async Task<string?> OwnWriteLandedAsync(TableEntity entity, ReadOnlyMemory<byte> data)
    {
        NullableResponse<TableEntity> stored;
        try
        {
            stored = await table.GetEntityIfExistsAsync<TableEntity>(entity.PartitionKey, entity.RowKey);
        }
        catch (RequestFailedException)
        {
            // Unknown, so not ours: the caller reports the conflict it was told of.
            return null;
        }

        return stored.HasValue && StateChunks.Read(stored.Value!) is { } bytes && bytes.AsSpan().SequenceEqual(data.Span)
            ? stored.Value!.ETag.ToString()
            : null;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var (partition, row) = Keys(grainId, stateName);
        var entity = new TableEntity(partition, row);
        try
        {
            grainState.ETag = await Guard("clear", grainId, stateName, () => ClearRowAsync(entity, grainState.ETag));
        }
        catch (GrainStorageFailedException e) when (e.InnerException is RequestFailedException inner && IsConflict(inner))
        {
            throw await ConflictAsync(entity, grainState.ETag, grainId, stateName, "clear", inner);
        }

        grainState.State = CreateEmpty<T>();
        grainState.RecordExists = false;
    }

    /// <summary>Insert when we hold no ETag (nobody may have written first), replace only our own version otherwise.</summary>
    private async Task<string> InsertOrReplaceAsync(TableEntity entity, string? etag)
    {
        var response = etag is null
            ? await table.AddEntityAsync(entity)
            : await table.UpdateEntityAsync(entity, new ETag(etag), TableUpdateMode.Replace);
        return response.Headers.ETag?.ToString()
            ?? throw new InvalidOperationException($"Table '{options.TableName}' returned no ETag for {entity.PartitionKey}/{entity.RowKey}.");
    }

    /// <returns>The ETag the state has after clearing: null when the row is gone.</returns>
    private async Task<string?> ClearRowAsync(TableEntity entity, string? etag)
    {
        if (!options.DeleteRowOnClear)
        {
            // An emptied row keeps its place (and a new ETag), as the official provider's keep-row mode does.
            return await InsertOrReplaceAsync(entity, etag);
        }

        if (etag is not null)
        {
            // The SDK reports a delete of a missing row as success; for us someone removed it under us.
            var deleted = await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, new ETag(etag));
            return deleted.Status == 404
                ? throw new RequestFailedException(404, "The row was already deleted.", "ResourceNotFound", null)
                : null;
        }

        // No ETag means we believe there is no row. Check it, so a clear never reports success
        // over a row written by someone we have not seen.
        var existing = await table.GetEntityIfExistsAsync<TableEntity>(entity.PartitionKey, entity.RowKey, select: ["PartitionKey"]);
        if (existing.HasValue)
        {
            throw new RequestFailedException(409, "A row exists although the state holds no ETag.", "EntityAlreadyExists", null);
        }

        return null;
    }

    private async Task<InconsistentStateException> ConflictAsync(
        TableEntity entity, string? expectedETag, GrainId grainId, string stateName, string operation, RequestFailedException cause)
    {
        // The service does not say which version it holds; one extra read on this rare path lets
        // the exception carry both ETags, which is what an operator needs to reason about a race.
        string storedETag;
        try
        {
            var stored = await table.GetEntityIfExistsAsync<TableEntity>(entity.PartitionKey, entity.RowKey, select: ["PartitionKey"]);
            storedETag = stored.HasValue ? stored.Value!.ETag.ToString() : "(no row)";
        }
        catch (RequestFailedException e)
        {
            storedETag = $"(unknown: reading it failed: {e.Status} {e.ErrorCode})";
        }

        LogConflict(operation, stateName, grainId, expectedETag ?? "(none)", storedETag);
        return new InconsistentStateException(
            $"Optimistic concurrency conflict on {operation} of state '{stateName}' of grain {grainId}: expected ETag {expectedETag ?? "(none, insert)"}, stored ETag {storedETag}.",
            storedETag,
            expectedETag ?? "(none)",
            cause);
    }

    /// <summary>Names what failed: the SDK's own message says only which HTTP request did.</summary>
    /// <summary>Also measures the request's latency, failed ones included (a slow failure is what an operator looks for).</summary>
    private async Task<TResult> Guard<TResult>(string operation, GrainId grainId, string stateName, Func<Task<TResult>> request)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            var result = await request();
            outcome = "ok";
            return result;
        }
        catch (RequestFailedException e)
        {
            throw new GrainStorageFailedException(operation, grainId, stateName, options.TableName, e);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is RequestFailedException))
        {
            // What the SDK's retry policy throws once every attempt failed (e.g. connection refused).
            throw new GrainStorageFailedException(operation, grainId, stateName, options.TableName, e);
        }
        finally
        {
            StorageMetrics.Latency.Record(
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                new KeyValuePair<string, object?>("operation", operation),
                new KeyValuePair<string, object?>("outcome", outcome));
        }
    }

    private (string Partition, string Row) Keys(GrainId grainId, string stateName) =>
        (TableKeys.PartitionKey(cluster.ServiceId, grainId), TableKeys.RowKey(stateName));

    private static bool IsConflict(RequestFailedException e) => e.Status is 409 or 412 or 404;

    private static bool IsEntityTooLarge(RequestFailedException e) =>
        e.Status == 413 || e.ErrorCode is "EntityTooLarge" or "RequestBodyTooLarge" or "PropertyValueTooLarge";

    private T Deserialize<T>(byte[] data, GrainId grainId, string stateName)
    {
        try
        {
            // A stored JSON null reads as an empty state, as a missing row does.
            return serializer.Deserialize<T>(new BinaryData(data)) ?? CreateEmpty<T>();
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or NotSupportedException)
        {
            throw new InvalidDataException(
                $"State '{stateName}' of grain {grainId} in table '{options.TableName}' cannot be read as {typeof(T).Name}: {e.Message}", e);
        }
    }

    private static T CreateEmpty<T>() => typeof(T).GetConstructor(Type.EmptyTypes) is null ? default! : Activator.CreateInstance<T>();

    [LoggerMessage(Level = LogLevel.Information, Message = "Grain storage '{Provider}' ready on table '{Table}'.")]
    private partial void LogTableReady(string provider, string table);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ETag conflict on {Operation} of state '{StateName}' of grain {GrainId}: expected {Expected}, stored {Stored}.")]
    private partial void LogConflict(string operation, string stateName, GrainId grainId, string expected, string stored);
}
