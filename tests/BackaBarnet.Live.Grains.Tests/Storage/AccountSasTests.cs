using Azure;
using Azure.Data.Tables;
using Azure.Data.Tables.Sas;
using BackaBarnet.Live.HostingDefaults.Storage;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Grains.Tests.Storage;

/// <summary>
/// Our Table clients sign with an account SAS made once from the key, not with the key per
/// request (see AccountSas: the SDK leaves each per-request signature's HMAC to the finalizer).
/// </summary>
public sealed class AccountSasTests
{
    [Fact]
    public async Task AClientOfAKeyedAccountHoldsNoKeyAndTheServiceAcceptsEveryKindOfRequest()
    {
        var client = new StorageAccount(TestStorage.ConnectionString).CreateTableServiceClient(StoragePurposes.GrainState);

        // A client that held the shared key could make a SAS from it.
        Assert.Throws<InvalidOperationException>(() => client.GenerateSasUri(TableAccountSasPermissions.All, TableAccountSasResourceTypes.All, DateTimeOffset.UtcNow.AddHours(1)));

        var table = client.GetTableClient($"sas{Guid.NewGuid():N}");
        await table.CreateIfNotExistsAsync();
        try
        {
            await table.UpsertEntityAsync(new TableEntity("p", "one") { ["Value"] = 1 });
            await table.SubmitTransactionAsync([new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "two") { ["Value"] = 2 })]);
            var read = await table.GetEntityAsync<TableEntity>("p", "one");
            var all = await table.QueryAsync<TableEntity>(e => e.PartitionKey == "p").ToListAsync();
            Assert.Equal((1, 2), (read.Value.GetInt32("Value"), all.Count));
        }
        finally
        {
            await table.DeleteAsync();
        }
    }

    [Fact]
    public async Task ASignatureMadeWithAnotherKeyIsRefused()
    {
        // The SAS is checked by the service: one made with a wrong key does not get in.
        var wrongKey = TestStorage.ConnectionString.Split(';').Select(part => part.StartsWith("AccountKey=", StringComparison.Ordinal) ? $"AccountKey={TestStorage.NewSecret()}" : part);
        var client = new StorageAccount(string.Join(';', wrongKey)).CreateTableServiceClient(StoragePurposes.GrainState);

        var refused = await Assert.ThrowsAsync<RequestFailedException>(() => client.GetTableClient("OrleansGrainState").CreateIfNotExistsAsync());
        Assert.Equal(403, refused.Status);
    }
}
