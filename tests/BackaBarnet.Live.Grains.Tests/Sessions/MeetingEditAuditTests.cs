using Azure.Data.Tables;
using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.Grains.Tests.Cluster;
using BackaBarnet.Live.HostingDefaults.Audit;
using BackaBarnet.Live.HostingDefaults.Storage;
using BackaBarnet.Live.TestSupport;
using Orleans.Core.Internal;

namespace BackaBarnet.Live.Grains.Tests.Sessions;

[Collection(ClusterCollection.Name)]
public sealed class MeetingEditAuditTests(ClusterFixture fixture)
{
    /// <summary>The meeting's reminder (every second in tests) moves its entries; this leaves room for a slow machine.</summary>
    private static readonly TimeSpan MoveWithin = TimeSpan.FromSeconds(30);

    private readonly TableClient auditTable = new TableServiceClient(TestStorage.ConnectionString).GetTableClient(new StorageAccount(TestStorage.ConnectionString).AuditTable);

    [Fact]
    public async Task AParticipantsEditsOfAChildReachTheAuditTableAsOneEntryForTheChildAndTheEditor()
    {
        var (session, childId, contact) = await OpenMeetings.OpenAsync(fixture.Grains);

        await session.SubmitRatingsAsync(childId, [new AreaRating(NeedsArea.Safe, 3)], contact);
        await session.SubmitRatingsAsync(childId, [new AreaRating(NeedsArea.Safe, 4)], contact);
        await session.SetConsensusAsync(childId, NeedsArea.Safe, 4, contact);

        var childRow = Assert.Single(await RowsAsync(AuditRows.ChildPartition(childId), expected: 1));
        var editorRow = Assert.Single(await RowsAsync(AuditRows.ProfessionalPartition(contact), expected: 1));
        Assert.Equal($"rated ×2, set the consensus in team session {session.GetPrimaryKey()} about", childRow.GetString("Action"));
        Assert.Equal(contact, childRow.GetString("ProfessionalId"));
        Assert.Equal("Skolan", childRow.GetString("Agency"));
        Assert.Equal("Rektor", childRow.GetString("Title"));
        Assert.Equal("as meeting participant", childRow.GetString("Through"));
        Assert.Equal(childRow.RowKey, editorRow.RowKey);
    }

    /// <summary>
    /// The meeting's timer moves entries a minute or more after the first edit; the durable
    /// reminder (here every second, Orleans' minimum lowered for tests) moves them sooner. It is
    /// what moves them when the silo dies with the timer: see the cluster's MeetingAuditAfterCrashTests.
    /// </summary>
    [Fact]
    public async Task TheMeetingsReminderMovesItsEntriesBeforeItsTimerWould()
    {
        var (session, childId, contact) = await OpenMeetings.OpenAsync(fixture.Grains);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await session.SubmitRatingsAsync(childId, [new AreaRating(NeedsArea.Safe, 3)], contact);

        await Eventually.HoldsAsync(async () => (await ReadAsync(AuditRows.ChildPartition(childId))).Count > 0, TimeSpan.FromSeconds(9), "the reminder to move the entry");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"moved after {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public async Task AnEditJustBeforeDeactivationIsMovedOnTheWayOutAndNotTwice()
    {
        var (session, childId, contact) = await OpenMeetings.OpenAsync(fixture.Grains);

        await session.SubmitRatingsAsync(childId, [new AreaRating(NeedsArea.Healthy, 2)], contact);
        // Out of memory before the delayed move runs: the deactivation moves it.
        await session.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        await RowsAsync(AuditRows.ChildPartition(childId), expected: 1);

        // The next activation finds nothing left to move: a later edit's row is the marker that it has moved what it had.
        await session.SubmitRatingsAsync(childId, [new AreaRating(NeedsArea.Healthy, 3)], contact);
        Assert.Equal(2, (await RowsAsync(AuditRows.ChildPartition(childId), expected: 2)).Count);
    }

    [Fact]
    public async Task ABatchWrittenAgainLandsOnTheSameRowsAndLargeBatchesAreSplit()
    {
        var childId = Guid.NewGuid();
        var entries = Enumerable.Range(0, 150)
            .Select(i => new AuditEntry(DateTimeOffset.UtcNow.AddMilliseconds(i), "sara-soc", "Socialtjänsten", "Socialsekreterare", "rated in team session x about", childId) { Through = "as meeting participant" })
            .ToArray();
        var sink = new AuditTable(auditTable);

        await sink.AppendAsync(entries);
        await sink.AppendAsync(entries);

        Assert.Equal(150, (await ReadAsync(AuditRows.ChildPartition(childId))).Count);
        Assert.Equal(entries.Select(e => e.Id).Order(), (await ReadAsync(AuditRows.ChildPartition(childId))).Select(r => AuditRows.EntryId(r.RowKey)).Order());
    }

    /// <summary>
    /// Waits until the partition holds the expected number of rows, and checks it holds no more.
    /// No waiting for "nothing more arrives": a meeting moves a partition's rows in one transaction,
    /// so rows of the same move appear together, and a later edit's row marks that earlier moves are done.
    /// </summary>
    private async Task<IReadOnlyList<TableEntity>> RowsAsync(string partition, int expected)
    {
        var rows = await Eventually.ReturnsAsync(
            async () => await ReadAsync(partition) is { } found && found.Count >= expected ? found : null, MoveWithin, $"{expected} audit rows in {partition}");
        Assert.Equal(expected, rows.Count);
        return rows;
    }

    private async Task<IReadOnlyList<TableEntity>> ReadAsync(string partition)
    {
        await auditTable.CreateIfNotExistsAsync();
        var rows = new List<TableEntity>();
        // The partition's chain head is no entry.
        await foreach (var row in auditTable.QueryAsync<TableEntity>(r => r.PartitionKey == partition && r.RowKey != AuditChain.HeadRowKey))
        {
            rows.Add(row);
        }

        return rows;
    }
}
