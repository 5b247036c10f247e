using Azure.Data.Tables;
using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.HostingDefaults.Audit;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Grains.Tests.Audit;

/// <summary>Each audit partition is a hash chain: a row changed or removed directly in the table is found, with the first broken link.</summary>
public sealed class AuditChainTests
{
    private readonly TableClient table = new TableServiceClient(TestStorage.ConnectionString).GetTableClient("auditchain");
    private readonly Guid childId = Guid.NewGuid();

    private string Partition => AuditRows.ChildPartition(childId);

    [Fact]
    public async Task WritersRacingForOnePartitionLeaveOneIntactChain()
    {
        // Three nodes append to the same child's log at once, one at a time each and in batches.
        var nodes = Enumerable.Range(0, 3).Select(_ => new AuditTable(table)).ToArray();

        await Task.WhenAll(nodes.Select(async (node, n) =>
        {
            for (var i = 0; i < 10; i++)
            {
                await node.AppendAsync(Entry($"read {n}.{i}"));
            }

            await node.AppendAsync([Entry($"batch {n}.a"), Entry($"batch {n}.b")]);
        }));

        var report = await nodes[0].VerifyAsync(Partition);
        Assert.True(report.Intact, report.Problem);
        Assert.Equal(36, report.Rows);
        Assert.Equal(36, (await nodes[0].ForChildAsync(childId, DateTimeOffset.MinValue, DateTimeOffset.MaxValue)).Count);
    }

    [Fact]
    public async Task ARowChangedDirectlyInTheTableIsTheFirstBrokenLink()
    {
        var audit = await LogOfFiveAsync();
        var third = await RowAsync(3);
        third["Action"] = "nothing to see here";
        await table.UpdateEntityAsync(third, third.ETag, TableUpdateMode.Replace);

        var report = await audit.VerifyAsync(Partition);

        Assert.False(report.Intact);
        Assert.Equal(3, report.FirstBrokenSeq);
        Assert.Equal(third.RowKey, report.FirstBrokenRowKey);
    }

    [Fact]
    public async Task ACareUnitOrOutcomeBlankedOrChangedInTheTableIsFound()
    {
        var audit = new AuditTable(table);
        for (var i = 1; i <= 4; i++)
        {
            await audit.AppendAsync(Entry($"read {i}") with { CareUnit = "Backaskolan", Outcome = AuditOutcomes.Allowed });
        }

        var intact = await audit.VerifyAsync(Partition);
        var second = await RowAsync(2);
        second.Remove("CareUnit");
        await table.UpdateEntityAsync(second, second.ETag, TableUpdateMode.Replace);
        var blanked = await audit.VerifyAsync(Partition);

        Assert.True(intact.Intact, intact.Problem);
        Assert.Equal("Backaskolan", (await audit.ForChildAsync(childId, DateTimeOffset.MinValue, DateTimeOffset.MaxValue))[0].CareUnit);
        Assert.Equal((false, (long?)2), (blanked.Intact, blanked.FirstBrokenSeq));
    }

    [Fact]
    public async Task ARowRemovedDirectlyInTheTableIsTheFirstBrokenLink()
    {
        var audit = await LogOfFiveAsync();
        var second = await RowAsync(2);
        await table.DeleteEntityAsync(second.PartitionKey, second.RowKey);

        var report = await audit.VerifyAsync(Partition);

        Assert.False(report.Intact);
        Assert.Equal(2, report.FirstBrokenSeq);
    }

    [Fact]
    public async Task TheNewestRowRemovedDirectlyInTheTableIsFound()
    {
        var audit = await LogOfFiveAsync();
        var last = await RowAsync(5);
        await table.DeleteEntityAsync(last.PartitionKey, last.RowKey);

        var report = await audit.VerifyAsync(Partition);

        Assert.False(report.Intact);
        Assert.Equal(5, report.FirstBrokenSeq);
    }

    [Fact]
    public async Task AnUntouchedLogIsIntact()
    {
        var audit = await LogOfFiveAsync();

        var report = await audit.VerifyAsync(Partition);

        Assert.True(report.Intact, report.Problem);
        Assert.Equal(5, report.Rows);
    }

    [Fact]
    public async Task RowsFromBeforeTheChainAreCountedAsUnchainedButARowWithoutChainFromAfterItBreaksIt()
    {
        var legacy = new TableEntity(AuditRows.Row(Partition, Entry("read before chaining") with { At = DateTimeOffset.UtcNow.AddDays(-30) }));
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(legacy);
        var audit = await LogOfFiveAsync();

        var report = await audit.VerifyAsync(Partition);
        Assert.True(report.Intact, report.Problem);
        Assert.Equal((5, 1), (report.Rows, report.Unchained));

        var stray = new TableEntity(AuditRows.Row(Partition, Entry("slipped in")));
        await table.AddEntityAsync(stray);
        var after = await audit.VerifyAsync(Partition);
        Assert.False(after.Intact);
        Assert.Equal(stray.RowKey, after.FirstBrokenRowKey);
    }

    private async Task<AuditTable> LogOfFiveAsync()
    {
        var audit = new AuditTable(table);
        for (var i = 1; i <= 5; i++)
        {
            await audit.AppendAsync(Entry($"read {i}"));
        }

        return audit;
    }

    private async Task<TableEntity> RowAsync(long seq)
    {
        await foreach (var row in table.QueryAsync<TableEntity>(r => r.PartitionKey == Partition && r.RowKey != AuditChain.HeadRowKey))
        {
            if (row.GetInt64("Seq") == seq)
            {
                return row;
            }
        }

        throw new InvalidOperationException($"no row {seq} in {Partition}");
    }

    private AuditEntry Entry(string action) =>
        new(DateTimeOffset.UtcNow, "erik-rektor", "School", "Rektor", action, childId) { Through = "ChildContact" };
}
