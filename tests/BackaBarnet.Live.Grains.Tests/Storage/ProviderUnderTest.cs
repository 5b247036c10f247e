using Azure.Data.Tables;
using BackaBarnet.Live.Silo.Storage;
using BackaBarnet.Live.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace BackaBarnet.Live.Grains.Tests.Storage;

/// <summary>The grain storage provider on the run's Azurite, without a silo, under a service id of its own.</summary>
public sealed class ProviderUnderTest
{
    public const string Table = "GrainStorageTests";

    public ProviderUnderTest(Action<AzureTableGrainStorageOptions>? configure = null)
    {
        var options = new AzureTableGrainStorageOptions { ConnectionString = TestStorage.ConnectionString, TableName = Table };
        configure?.Invoke(options);
        Options = options;
        Storage = new AzureTableGrainStorage(
            "test",
            options,
            new ClusterOptions { ServiceId = ServiceId, ClusterId = "test" },
            new SystemTextJsonGrainStorageSerializer(Microsoft.Extensions.Options.Options.Create(new SystemTextJsonGrainStorageSerializerOptions())),
            NullLogger<AzureTableGrainStorage>.Instance);
    }

    public string ServiceId { get; } = TestStorage.UniqueServiceId("storage");

    public AzureTableGrainStorageOptions Options { get; }

    public AzureTableGrainStorage Storage { get; }

    /// <summary>The table itself, to check what the provider really stored.</summary>
    public TableClient RawTable => new(Options.ConnectionString, Options.TableName);

    public Task EnsureTableAsync() => Storage.EnsureTableAsync(CancellationToken.None);

    public static GrainId NewGrain() => GrainId.Create("sample", Guid.NewGuid().ToString("N"));

    public async Task<GrainState<T>> ReadAsync<T>(GrainId grain, string stateName = "sample")
    {
        var state = new GrainState<T>();
        await Storage.ReadStateAsync(stateName, grain, state);
        return state;
    }
}
