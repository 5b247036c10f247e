using Azure.Data.Tables;
using BackaBarnet.Live.Grains.Hosting;
using BackaBarnet.Live.HostingDefaults.Storage;
using BackaBarnet.Live.Silo.Hosting;
using BackaBarnet.Live.Silo.Storage;
using BackaBarnet.Live.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Storage;

namespace BackaBarnet.Live.Grains.Tests.Storage;

/// <summary>
/// A silo host as the silo program builds it, on the run's Azurite under a service id of its own,
/// so the storage tests call the grain storage exactly as registered in production: the official
/// provider with our layer over it.
/// </summary>
public sealed class StorageSilo : IAsyncLifetime
{
    private IHost silo = null!;

    public string ServiceId { get; } = TestStorage.UniqueServiceId("storage");

    /// <summary>The provider grains get.</summary>
    public IGrainStorage Storage { get; private set; } = null!;

    /// <summary>The official provider alone, under our layer: for the tests that show why the layer is there.</summary>
    public IGrainStorage Official { get; private set; } = null!;

    /// <summary>The serializer the provider reads and writes records with.</summary>
    public IGrainStorageSerializer Serializer => silo.Services.GetRequiredService<IOptionsMonitor<AzureTableStorageOptions>>().Get(StorageNames.Records).GrainStorageSerializer;

    /// <summary>The table itself, to check what the provider really stored.</summary>
    public TableClient RawTable => new(TestStorage.ConnectionString, new StorageAccount(TestStorage.ConnectionString).GrainStateTable);

    public string TableName => RawTable.Name;

    public async Task InitializeAsync()
    {
        silo = SiloHost.Build(
        [
            $"--Orleans:ServiceId={ServiceId}", $"--Orleans:ClusterId={ServiceId}",
            $"--Orleans:SiloPort={FreePort.Next()}", $"--Orleans:GatewayPort={FreePort.Next()}", "--Ops:Port=0",
            $"--Storage:ConnectionString={TestStorage.ConnectionString}", "--Logging:LogLevel:Default=Warning",
        ]);
        await silo.StartAsync();
        Storage = silo.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Records);
        Official = ((GuardedGrainStorage)Storage).Official;
    }

    public async Task DisposeAsync()
    {
        await silo.StopAsync();
        silo.Dispose();
    }

    /// <summary>Our layer over another provider (one that misbehaves on purpose), configured as the silo configures it.</summary>
    public IGrainStorage GuardOver(IGrainStorage official) => new GuardedGrainStorage(
        official,
        silo.Services.GetRequiredService<IOptionsMonitor<AzureTableStorageOptions>>().Get(StorageNames.Records).GrainStorageSerializer,
        TableName,
        silo.Services.GetRequiredService<ILogger<GuardedGrainStorage>>());

    public static GrainId NewGrain() => GrainId.Create("sample", Guid.NewGuid().ToString("N"));

    public async Task<GrainState<T>> ReadAsync<T>(GrainId grain, string stateName = "sample")
    {
        var state = new GrainState<T>();
        await Storage.ReadStateAsync(stateName, grain, state);
        return state;
    }
}
