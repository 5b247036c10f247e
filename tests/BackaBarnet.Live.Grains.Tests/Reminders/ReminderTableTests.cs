using BackaBarnet.Live.Silo.Storage.Reminders;
using BackaBarnet.Live.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace BackaBarnet.Live.Grains.Tests.Reminders;

/// <summary>The reminder table against real Azurite, each test under a service id of its own.</summary>
public sealed class ReminderTableTests : IAsyncLifetime
{
    private readonly AzureTableReminderTable table = Create(TestStorage.UniqueServiceId("reminders"));

    public Task InitializeAsync() => table.StartAsync(CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task UpsertedReminderReadsBackWithTheReturnedETag()
    {
        var entry = NewEntry(NewGrain(), "follow-up");

        var etag = await table.UpsertRow(entry);
        var read = await table.ReadRow(entry.GrainId, "follow-up");

        Assert.NotNull(read);
        Assert.Equal(etag, read.ETag);
        Assert.Equal(entry.GrainId, read.GrainId);
        Assert.Equal("follow-up", read.ReminderName);
        Assert.Equal(entry.StartAt, read.StartAt);
        Assert.Equal(DateTimeKind.Utc, read.StartAt.Kind);
        Assert.Equal(entry.Period, read.Period);
    }

    [Fact]
    public async Task ReadingAMissingReminderGivesNull() =>
        Assert.Null(await table.ReadRow(NewGrain(), "never-registered"));

    [Fact]
    public async Task UpsertReplacesTheReminderAndReturnsANewETag()
    {
        var entry = NewEntry(NewGrain(), "follow-up");
        var first = await table.UpsertRow(entry);
        entry.Period = TimeSpan.FromDays(7);

        var second = await table.UpsertRow(entry);

        Assert.NotEqual(first, second);
        var read = await table.ReadRow(entry.GrainId, "follow-up");
        Assert.Equal(TimeSpan.FromDays(7), read!.Period);
        Assert.Equal(second, read.ETag);
    }

    [Fact]
    public async Task ReadingByGrainGivesThatGrainsRemindersOnly()
    {
        var grain = NewGrain();
        await table.UpsertRow(NewEntry(grain, "a"));
        await table.UpsertRow(NewEntry(grain, "b/c#?"));
        await table.UpsertRow(NewEntry(NewGrain(), "a"));

        var rows = await table.ReadRows(grain);

        Assert.Equal(["a", "b/c#?"], rows.Reminders.Select(r => r.ReminderName).Order());
        Assert.All(rows.Reminders, r => Assert.Equal(grain, r.GrainId));
    }

    [Fact]
    public async Task RemoveWithTheCurrentETagRemovesTheReminder()
    {
        var entry = NewEntry(NewGrain(), "follow-up");
        var etag = await table.UpsertRow(entry);

        Assert.True(await table.RemoveRow(entry.GrainId, "follow-up", etag!));

        Assert.Null(await table.ReadRow(entry.GrainId, "follow-up"));
    }

    [Fact]
    public async Task RemoveWithAStaleETagIsRefusedAndKeepsTheReminder()
    {
        var entry = NewEntry(NewGrain(), "follow-up");
        var stale = await table.UpsertRow(entry);
        var current = await table.UpsertRow(entry);

        Assert.False(await table.RemoveRow(entry.GrainId, "follow-up", stale!));

        Assert.Equal(current, (await table.ReadRow(entry.GrainId, "follow-up"))!.ETag);
    }

    [Fact]
    public async Task RemovingAMissingReminderIsFalse()
    {
        var entry = NewEntry(NewGrain(), "follow-up");
        var etag = await table.UpsertRow(entry);
        await table.RemoveRow(entry.GrainId, "follow-up", etag!);

        Assert.False(await table.RemoveRow(entry.GrainId, "follow-up", etag!));
    }

    [Fact]
    public async Task TestOnlyClearRemovesThisServicesRemindersButNoOtherServices()
    {
        var other = Create(TestStorage.UniqueServiceId("reminders"));
        var mine = NewEntry(NewGrain(), "mine");
        var theirs = NewEntry(NewGrain(), "theirs");
        await table.UpsertRow(mine);
        await other.UpsertRow(theirs);

        await table.TestOnlyClearTable();

        Assert.Empty((await table.ReadRows(0, 0)).Reminders);
        Assert.NotNull(await other.ReadRow(theirs.GrainId, "theirs"));
    }

    internal static AzureTableReminderTable Create(string serviceId, string tableName = "ReminderTableTests") => new(
        Options.Create(new AzureTableReminderTableOptions { ConnectionString = TestStorage.ConnectionString, TableName = tableName }),
        Options.Create(new ClusterOptions { ServiceId = serviceId, ClusterId = "test" }),
        NullLogger<AzureTableReminderTable>.Instance);

    internal static GrainId NewGrain() => GrainId.Create("child", Guid.NewGuid().ToString("N"));

    internal static ReminderEntry NewEntry(GrainId grain, string name) => new()
    {
        GrainId = grain,
        ReminderName = name,
        StartAt = new DateTime(2026, 11, 23, 8, 30, 15, 123, DateTimeKind.Utc),
        Period = TimeSpan.FromHours(1),
    };
}
