using Azure.Data.Tables;
using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.HostingDefaults.Audit;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Grains.Tests.Audit;

public sealed class AuditTableOutageTests
{
    /// <summary>
    /// A node whose first audited access came while storage was away must audit again once it is
    /// back: a cached failed table creation made every audited call answer 500 until a restart.
    /// </summary>
    [Fact]
    public async Task AnAccessAuditedWhileStorageIsAwayFailsAndTheNextOneAfterItReturnsIsWritten()
    {
        await using var azurite = await AzuriteProcess.StartNewAsync();
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient("auditoutage");
        var audit = new AuditTable(table);
        var childId = Guid.NewGuid();

        await azurite.StopAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => audit.AppendAsync(Entry(childId, "read during outage")));
        await azurite.StartAsync();
        await audit.AppendAsync(Entry(childId, "read after outage"));

        var written = await audit.ForChildAsync(childId, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(1));
        Assert.Equal(["read after outage"], written.Select(entry => entry.Action));
    }

    private static AuditEntry Entry(Guid childId, string action) =>
        new(DateTimeOffset.UtcNow, "erik-rektor", "School", "Rektor", action, childId);
}
