using System.Collections.Concurrent;
using BackaBarnet.Live.GrainInterfaces.Hosting;
using BackaBarnet.Live.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace BackaBarnet.Live.Grains.Tests.Cluster;

/// <summary>
/// Fails the next writes of chosen grains the way the product's storage reports a failed write,
/// over the silo's own storage (registered last, it wraps what the silo registered). With
/// <see cref="Fault.Land"/> the row is stored first, as when the service stored it but its answer
/// was lost.
/// </summary>
public sealed class WriteFaults : ISiloConfigurator
{
    public sealed record Fault(int Writes, bool Land);

    private static readonly ConcurrentDictionary<GrainId, Fault> Faults = new();

    public static void FailNext(GrainId grain, int writes = 1, bool land = false) => Faults[grain] = new Fault(writes, land);

    public void Configure(ISiloBuilder siloBuilder)
    {
        var silos = siloBuilder.Services.Last(d => d.ServiceType == typeof(IGrainStorage) && Equals(d.ServiceKey, StorageNames.Records));
        siloBuilder.Services.AddKeyedSingleton<IGrainStorage>(StorageNames.Records, (services, key) =>
            new FaultyStorage((IGrainStorage)silos.KeyedImplementationFactory!(services, key)));
    }

    private sealed class FaultyStorage(IGrainStorage inner) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
    {
        // Orleans starts a storage provider through its lifecycle: the table is created there.
        public void Participate(ISiloLifecycle lifecycle) => (inner as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);

        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            inner.ReadStateAsync(stateName, grainId, grainState);

        public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            if (!Faults.TryGetValue(grainId, out var fault) || fault.Writes <= 0)
            {
                await inner.WriteStateAsync(stateName, grainId, grainState);
                return;
            }

            Faults[grainId] = fault with { Writes = fault.Writes - 1 };
            if (fault.Land)
            {
                // Stored, but the caller never hears it: its ETag stays as it was.
                await inner.WriteStateAsync(stateName, grainId, new GrainState<T>(grainState.State) { ETag = grainState.ETag, RecordExists = grainState.RecordExists });
            }

            throw new GrainStorageFailedException("write", grainId.ToString(), stateName, "records", "a fault injected by the test");
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            inner.ClearStateAsync(stateName, grainId, grainState);
    }
}
