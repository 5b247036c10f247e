using Orleans.Storage;

namespace BackaBarnet.Live.Grains.Tests.Storage;

/// <summary>
/// A provider whose writes fail the way every try running out of time fails (the Azure SDK's
/// AggregateException of canceled tries), after the write did (or did not) reach the table.
/// </summary>
public sealed class TimedOutWrites(IGrainStorage official, bool land) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        official.ReadStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (land)
        {
            // The service stores it; the answer never comes back, so the caller's ETag stays as it was.
            await official.WriteStateAsync(stateName, grainId, new GrainState<T>(grainState.State) { ETag = grainState.ETag, RecordExists = grainState.RecordExists });
        }

        throw new AggregateException(
            "Retry failed after 2 tries.",
            new TaskCanceledException("The operation was cancelled because it exceeded the configured timeout of 0:00:04."),
            new TaskCanceledException("The operation was cancelled because it exceeded the configured timeout of 0:00:04."));
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        official.ClearStateAsync(stateName, grainId, grainState);
}
