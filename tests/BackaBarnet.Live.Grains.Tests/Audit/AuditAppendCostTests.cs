using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.HostingDefaults.Audit;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Grains.Tests.Audit;

/// <summary>
/// Why the audit table has its own writer per partition (ChainAppender): appending with a head
/// read and a transaction each time, and racing callers retrying on the head's ETag, drove storage
/// into overload in the alert benchmark. These count the requests an append costs.
/// </summary>
public sealed class AuditAppendCostTests
{
    private readonly RequestCount requests = new();
    private readonly TableClient table;
    private readonly Guid childId = Guid.NewGuid();
    private readonly string professionalId = $"prof-{Guid.NewGuid():N}";

    public AuditAppendCostTests()
    {
        var options = new TableClientOptions();
        options.AddPolicy(requests, HttpPipelinePosition.PerRetry);
        table = new TableServiceClient(TestStorage.ConnectionString, options).GetTableClient("auditcost");
    }

    [Fact]
    public async Task OnceAPartitionsHeadIsKnownAnAccessCostsOneRequestPerPartition()
    {
        var audit = new AuditTable(table);
        await audit.AppendAsync(Entry("read 0"));
        var afterFirst = requests.Value;

        for (var i = 1; i <= 10; i++)
        {
            await audit.AppendAsync(Entry($"read {i}"));
        }

        // Two partitions (the child's and the professional's), one transaction each per access.
        Assert.Equal(20, requests.Value - afterFirst);
        await AssertIntactAsync(audit, 11);
    }

    [Fact]
    public async Task AccessesArrivingTogetherShareTransactions()
    {
        var audit = new AuditTable(table);
        await audit.AppendAsync(Entry("read 0"));
        var before = requests.Value;

        await Task.WhenAll(Enumerable.Range(1, 50).Select(i => audit.AppendAsync(Entry($"read {i}"))));

        // Appended one by one, each access would cost two partitions × (head read + transaction) = 200 requests, plus retries for every lost race.
        Assert.InRange(requests.Value - before, 2, 40);
        await AssertIntactAsync(audit, 51);
    }

    [Fact]
    public async Task AnEntryTheServiceRefusesFailsOnlyItsOwnAccess()
    {
        var audit = new AuditTable(table);

        // While the first access is being written, the others wait and go together in the next
        // transaction. One of them is over the service's 64 KiB limit for one property: refused,
        // and it must not take its neighbours with it.
        var first = audit.AppendAsync(Entry("read 0"));
        var tooLong = audit.AppendAsync(Entry(new string('x', 40_000)));
        var neighbours = Enumerable.Range(1, 5).Select(i => audit.AppendAsync(Entry($"read {i}"))).ToArray();

        await first;
        await Assert.ThrowsAnyAsync<Azure.RequestFailedException>(() => tooLong);
        await Task.WhenAll(neighbours);
        await AssertIntactAsync(audit, 6);
    }

    [Fact]
    public async Task AnotherNodeMovingTheHeadIsFollowed()
    {
        var one = new AuditTable(table);
        var other = new AuditTable(table);

        for (var i = 0; i < 6; i++)
        {
            // Each node's remembered head is stale every time: its transaction is refused (412), it reads the head and links after it.
            await (i % 2 == 0 ? one : other).AppendAsync(Entry($"read {i}"));
        }

        await AssertIntactAsync(one, 6);
    }

    [Fact]
    public async Task ANewChildsFirstEntryNeedsNoHeadRead()
    {
        var audit = new AuditTable(table);
        await audit.AppendAsync(new AuditEntry(DateTimeOffset.UtcNow, professionalId, "School", "Rektor", "listed", null));
        var before = requests.Value;

        audit.ExpectNewChild(childId);
        await audit.AppendAsync(Entry("registered"));

        // One transaction per partition; without the expectation the child's partition costs a head read first (3).
        Assert.Equal(2, requests.Value - before);
        Assert.True((await audit.VerifyAsync(AuditRows.ChildPartition(childId))) is { Intact: true, Rows: 1 });
    }

    [Fact]
    public async Task ExpectingANewChildWhoseChainExistsStillLinksAfterItsHead()
    {
        await new AuditTable(table).AppendAsync(Entry("read 0"));
        var wrong = new AuditTable(table);

        wrong.ExpectNewChild(childId);
        await wrong.AppendAsync(Entry("read 1"));

        await AssertIntactAsync(wrong, 2);
    }

    private async Task AssertIntactAsync(AuditTable audit, int rows)
    {
        foreach (var partition in new[] { AuditRows.ChildPartition(childId), AuditRows.ProfessionalPartition(professionalId) })
        {
            var report = await audit.VerifyAsync(partition);
            Assert.True(report.Intact, report.Problem);
            Assert.Equal(rows, report.Rows);
        }
    }

    private AuditEntry Entry(string action) =>
        new(DateTimeOffset.UtcNow, professionalId, "School", "Rektor", action, childId) { Through = "ChildContact" };

    private sealed class RequestCount : HttpPipelineSynchronousPolicy
    {
        private long value;

        public long Value => Interlocked.Read(ref value);

        public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref value);
    }
}
