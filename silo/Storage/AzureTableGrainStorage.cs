using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Storage;

namespace BackaBarnet.Live.Silo.Storage;

/// <summary>
/// Grain state in Azure Table Storage, one row per grain and state name, with optimistic
/// concurrency on the row's ETag.
/// </summary>
public sealed partial class AzureTableGrainStorage(
    string name,
    AzureTableGrainStorageOptions options,
    ClusterOptions cluster,
    IGrainStorageSerializer serializer,
    ILogger<AzureTableGrainStorage> logger) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private readonly TableClient table = TableClientFactory.Create(options);

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
        var response = await table.GetEntityIfExistsAsync<TableEntity>(
            TableKeys.PartitionKey(cluster.ServiceId, grainId), TableKeys.RowKey(stateName));
        var data = response.HasValue ? StateChunks.Read(response.Value!) : null;

        grainState.State = data is null ? CreateEmpty<T>() : serializer.Deserialize<T>(new BinaryData(data));
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

        var entity = new TableEntity(TableKeys.PartitionKey(cluster.ServiceId, grainId), TableKeys.RowKey(stateName));
        StateChunks.Write(entity, data);
        try
        {
            grainState.ETag = await UpsertAsync(entity, grainState.ETag);
            grainState.RecordExists = true;
        }
        catch (RequestFailedException e) when (IsEntityTooLarge(e))
        {
            throw new GrainStateTooLargeException(grainId, stateName, data.Length, "the storage service refused the entity as too large.", e);
        }
        catch (RequestFailedException e) when (IsConflict(e))
        {
            throw await ConflictAsync(entity, grainState.ETag, grainId, stateName, "write", e);
        }
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var entity = new TableEntity(TableKeys.PartitionKey(cluster.ServiceId, grainId), TableKeys.RowKey(stateName));
        try
        {
            if (!options.DeleteRowOnClear)
            {
                grainState.ETag = await UpsertAsync(entity, grainState.ETag);
            }
            else if (grainState.ETag is not null)
            {
                await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, new ETag(grainState.ETag));
                grainState.ETag = null;
            }
        }
        catch (RequestFailedException e) when (IsConflict(e))
        {
            throw await ConflictAsync(entity, grainState.ETag, grainId, stateName, "clear", e);
        }

        grainState.State = CreateEmpty<T>();
        grainState.RecordExists = false;
    }

    /// <summary>Insert when we hold no ETag (nobody may have written first), replace only our own version otherwise.</summary>
    private async Task<string> UpsertAsync(TableEntity entity, string? etag)
    {
        var response = etag is null
            ? await table.AddEntityAsync(entity)
            : await table.UpdateEntityAsync(entity, new ETag(etag), TableUpdateMode.Replace);
        return response.Headers.ETag?.ToString()
            ?? throw new InvalidOperationException($"Table '{options.TableName}' returned no ETag for {entity.PartitionKey}/{entity.RowKey}.");
    }

    private async Task<InconsistentStateException> ConflictAsync(
        TableEntity entity, string? expectedETag, GrainId grainId, string stateName, string operation, RequestFailedException cause)
    {
        // The service does not say which version it holds; one extra read on this rare path lets
        // the exception carry both ETags, which is what an operator needs to reason about a race.
        var stored = await table.GetEntityIfExistsAsync<TableEntity>(entity.PartitionKey, entity.RowKey, select: ["PartitionKey"]);
        var storedETag = stored.HasValue ? stored.Value!.ETag.ToString() : "(no row)";
        LogConflict(operation, stateName, grainId, expectedETag ?? "(none)", storedETag);
        return new InconsistentStateException(
            $"Optimistic concurrency conflict on {operation} of state '{stateName}' of grain {grainId}: expected ETag {expectedETag ?? "(none, insert)"}, stored ETag {storedETag}.",
            storedETag,
            expectedETag ?? "(none)",
            cause);
    }

    private static bool IsConflict(RequestFailedException e) => e.Status is 409 or 412 or 404;

    private static bool IsEntityTooLarge(RequestFailedException e) =>
        e.Status == 413 || e.ErrorCode is "EntityTooLarge" or "RequestBodyTooLarge" or "PropertyValueTooLarge";

    private static T CreateEmpty<T>() => typeof(T).GetConstructor(Type.EmptyTypes) is null ? default! : Activator.CreateInstance<T>();

    [LoggerMessage(Level = LogLevel.Information, Message = "Grain storage '{Provider}' ready on table '{Table}'.")]
    private partial void LogTableReady(string provider, string table);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ETag conflict on {Operation} of state '{StateName}' of grain {GrainId}: expected {Expected}, stored {Stored}.")]
    private partial void LogConflict(string operation, string stateName, GrainId grainId, string expected, string stored);
}
