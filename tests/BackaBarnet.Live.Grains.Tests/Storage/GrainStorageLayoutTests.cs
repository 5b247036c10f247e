using Azure.Data.Tables;
using BackaBarnet.Live.Silo.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace BackaBarnet.Live.Grains.Tests.Storage;

/// <summary>The official provider's row layout, awkward grain ids, evolving records and bad settings.</summary>
public sealed class GrainStorageLayoutTests : IAsyncLifetime
{
    private readonly ProviderUnderTest provider = new();

    public Task InitializeAsync() => provider.EnsureTableAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("a/b")]
    [InlineData("hash#tag")]
    [InlineData("what?now")]
    [InlineData("back\\slash")]
    [InlineData("Åsa-Öberg-ñ-日本")]
    public async Task AwkwardGrainIdsRoundTripUnderTheOfficialKeys(string key)
    {
        var grain = GrainId.Create("child", $"{key}-{Guid.NewGuid():N}");
        await provider.Storage.WriteStateAsync("plan/v1#?", grain, new GrainState<Sample>(new Sample { Name = key }));

        var read = await provider.ReadAsync<Sample>(grain, "plan/v1#?");

        Assert.Equal(key, read.State!.Name);
        var partition = $"{provider.ServiceId}_{grain}".Replace('/', '_').Replace('\\', '_').Replace('#', '_').Replace('?', '_');
        var row = await provider.RawTable.GetEntityAsync<TableEntity>(partition, "plan_v1__");
        Assert.Equal(read.ETag, row.Value.ETag.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(row.Value.GetBinary("Data")!);
        Assert.Equal(key, json.RootElement.EnumerateObject().Single(p => p.NameEquals("Name") || p.NameEquals("name")).Value.GetString());
    }

    [Fact]
    public async Task ARecordWithAnAddedMemberReadsOldRows()
    {
        var grain = ProviderUnderTest.NewGrain();
        await provider.Storage.WriteStateAsync("sample", grain, new GrainState<Sample>(new Sample { Name = "Old", Numbers = [7] }));

        var read = await provider.ReadAsync<SampleWithNickname>(grain);

        Assert.True(read.RecordExists);
        Assert.Equal("Old", read.State!.Name);
        Assert.Equal([7], read.State!.Numbers);
        Assert.Equal("(none)", read.State!.Nickname);
    }

    [Fact]
    public async Task ARowThatIsNotValidStateIsRefusedNamingGrainAndState()
    {
        var grain = ProviderUnderTest.NewGrain();
        await provider.RawTable.AddEntityAsync(new TableEntity(TableKeys.PartitionKey(provider.ServiceId, grain), "plan")
        {
            ["Data"] = "not json"u8.ToArray(),
        });

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => provider.ReadAsync<Sample>(grain, "plan"));

        Assert.Contains(grain.ToString(), error.Message);
        Assert.Contains("'plan'", error.Message);
    }

    [Fact]
    public void SettingsWithoutConnectionStringOrServiceUriAreRefusedAtStart()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Create(new AzureTableGrainStorageOptions()));

        Assert.Contains("connection string", error.Message);
        Assert.Contains("'records'", error.Message);
    }

    [Fact]
    public void AnInvalidTableNameIsRefusedAtStart()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => Create(new AzureTableGrainStorageOptions { ConnectionString = provider.Options.ConnectionString, TableName = "grain-state" }));

        Assert.Contains("'grain-state'", error.Message);
    }

    private static AzureTableGrainStorage Create(AzureTableGrainStorageOptions options) => new(
        "records",
        options,
        new ClusterOptions(),
        new SystemTextJsonGrainStorageSerializer(Options.Create(new SystemTextJsonGrainStorageSerializerOptions())),
        NullLogger<AzureTableGrainStorage>.Instance);
}
