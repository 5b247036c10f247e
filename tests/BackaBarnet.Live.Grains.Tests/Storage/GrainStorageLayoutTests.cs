using Azure.Data.Tables;
using BackaBarnet.Live.GrainInterfaces.Hosting;
using BackaBarnet.Live.Silo.Hosting;
using BackaBarnet.Live.Silo.Storage;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Grains.Tests.Storage;

/// <summary>The official provider's row layout, awkward grain ids, evolving records and bad settings.</summary>
[Collection(StorageSiloCollection.Name)]
public sealed class GrainStorageLayoutTests(StorageSilo provider)
{
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
        var grain = StorageSilo.NewGrain();
        await provider.Storage.WriteStateAsync("sample", grain, new GrainState<Sample>(new Sample { Name = "Old", Numbers = [7] }));

        var read = await provider.ReadAsync<SampleWithNickname>(grain);

        Assert.True(read.RecordExists);
        Assert.Equal("Old", read.State!.Name);
        Assert.Equal([7], read.State!.Numbers);
        Assert.Equal("(none)", read.State!.Nickname);
    }

    [Fact]
    public async Task ARowThatIsNotValidStateIsRefusedNamingGrainStateAndTable()
    {
        var grain = StorageSilo.NewGrain();
        await provider.RawTable.AddEntityAsync(GrainStateRows.Row(GrainStateRows.PartitionKey(provider.ServiceId, grain), "plan", "not json"u8.ToArray()));

        var error = await Assert.ThrowsAsync<GrainStorageFailedException>(() => provider.ReadAsync<Sample>(grain, "plan"));

        Assert.Contains(grain.ToString(), error.Message);
        Assert.Contains("'plan'", error.Message);
        Assert.Contains(provider.TableName, error.Message);
    }

    [Fact]
    public async Task AnInvalidTableNameIsRefusedWhenTheSiloStarts()
    {
        using var silo = SiloHost.Build(
        [
            $"--Orleans:ServiceId={provider.ServiceId}", $"--Orleans:SiloPort={FreePort.Next()}", $"--Orleans:GatewayPort={FreePort.Next()}",
            "--Ops:Port=0", $"--Storage:ConnectionString={TestStorage.ConnectionString}", "--Storage:GrainStateTable=grain-state",
            "--Logging:LogLevel:Default=None",
        ]);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => silo.StartAsync());

        Assert.Contains("TableName", error.ToString());
    }
}
