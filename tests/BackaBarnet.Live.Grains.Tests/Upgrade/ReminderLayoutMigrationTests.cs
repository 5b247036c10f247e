using Azure.Data.Tables;
using BackaBarnet.Live.Grains.Tests.Reminders;
using BackaBarnet.Live.Silo.Upgrade;
using BackaBarnet.Live.TestSupport;
using Orleans.Runtime.ReminderService;

namespace BackaBarnet.Live.Grains.Tests.Upgrade;

/// <summary>The one-time conversion of reminder rows from our old layout to the official one, against real Azurite.</summary>
public sealed class ReminderLayoutMigrationTests : IAsyncLifetime
{
    private static readonly DateTime StartAt = new(2026, 11, 23, 8, 30, 15, 123, DateTimeKind.Utc);

    private readonly string serviceId = TestStorage.UniqueServiceId("migration");
    private readonly TableClient table = new(TestStorage.ConnectionString, "ReminderMigrationTests");

    public Task InitializeAsync() => table.CreateIfNotExistsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AnOldLayoutReminderIsInvisibleToTheOfficialTableUntilConvertedAndThenReadsTheSame()
    {
        var grain = GrainId.Create("child", Guid.NewGuid().ToString("N"));
        await table.AddEntityAsync(LegacyRows.OldReminderRow(serviceId, grain, "follow-up", StartAt, TimeSpan.FromDays(1)));
        var official = await OfficialTableAsync();
        // Silently: the reminder service reads ranges, and drops a row it cannot parse.
        Assert.Empty((await official.ReadRows(0, 0)).Reminders);
        Assert.Empty((await official.ReadRows(grain)).Reminders);

        var converted = await ReminderLayoutMigration.MigrateAsync(table, serviceId, "cluster-a", CancellationToken.None);

        Assert.Equal(1, converted);
        var entry = await official.ReadRow(grain, "follow-up");
        Assert.NotNull(entry);
        Assert.Equal(StartAt, entry.StartAt);
        Assert.Equal(TimeSpan.FromDays(1), entry.Period);
        Assert.Contains(entry, (await official.ReadRows(0, 0)).Reminders, new ReminderComparer());
    }

    [Fact]
    public async Task ConvertingTwiceChangesNothingTheSecondTime()
    {
        var grain = GrainId.Create("child", Guid.NewGuid().ToString("N"));
        await table.AddEntityAsync(LegacyRows.OldReminderRow(serviceId, grain, "a", StartAt, TimeSpan.FromHours(1)));
        await table.AddEntityAsync(LegacyRows.OldReminderRow(serviceId, grain, "b/c", StartAt, TimeSpan.FromHours(2)));
        Assert.Equal(2, await ReminderLayoutMigration.MigrateAsync(table, serviceId, "cluster-a", CancellationToken.None));
        var etags = await ETagsAsync();

        Assert.Equal(0, await ReminderLayoutMigration.MigrateAsync(table, serviceId, "cluster-a", CancellationToken.None));

        Assert.Equal(etags, await ETagsAsync());
        Assert.Equal(2, (await (await OfficialTableAsync()).ReadRows(grain)).Reminders.Count);
    }

    [Fact]
    public async Task OnlyThisServicesRowsAreConverted()
    {
        var other = TestStorage.UniqueServiceId("migration");
        var grain = GrainId.Create("child", Guid.NewGuid().ToString("N"));
        await table.AddEntityAsync(LegacyRows.OldReminderRow(other, grain, "theirs", StartAt, TimeSpan.FromHours(1)));

        Assert.Equal(0, await ReminderLayoutMigration.MigrateAsync(table, serviceId, "cluster-a", CancellationToken.None));

        var theirs = LegacyRows.OldReminderRow(other, grain, "theirs", StartAt, TimeSpan.FromHours(1));
        Assert.IsType<DateTimeOffset>((await table.GetEntityAsync<TableEntity>(theirs.PartitionKey, theirs.RowKey)).Value["StartAt"]);
    }

    [Fact]
    public async Task AMissingReminderTableIsNothingToConvert() =>
        Assert.Equal(0, await ReminderLayoutMigration.MigrateAsync(
            new TableClient(TestStorage.ConnectionString, $"NoSuchTable{Guid.NewGuid():N}"[..30]), serviceId, "cluster-a", CancellationToken.None));

    private Task<AzureBasedReminderTable> OfficialTableAsync() => ReminderTables.OfficialAsync(serviceId, table.Name);

    private async Task<string[]> ETagsAsync()
    {
        var etags = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(r => r.PartitionKey.CompareTo(serviceId + "_") > 0 && r.PartitionKey.CompareTo(serviceId + "`") < 0))
        {
            etags.Add(row.ETag.ToString());
        }

        return [.. etags.Order()];
    }

    private sealed class ReminderComparer : IEqualityComparer<ReminderEntry>
    {
        public bool Equals(ReminderEntry? x, ReminderEntry? y) => x?.GrainId == y?.GrainId && x?.ReminderName == y?.ReminderName;

        public int GetHashCode(ReminderEntry obj) => obj.GrainId.GetHashCode();
    }
}
