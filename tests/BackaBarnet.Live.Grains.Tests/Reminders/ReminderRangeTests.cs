using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Grains.Tests.Reminders;

/// <summary>
/// Reads by hash range, as the reminder service does for the ring range a silo owns:
/// (begin, end], wrapping around when begin >= end.
/// </summary>
public sealed class ReminderRangeTests : IAsyncLifetime
{
    private readonly Silo.Storage.Reminders.AzureTableReminderTable table = ReminderTableTests.Create(TestStorage.UniqueServiceId("ranges"));
    private List<(uint Hash, GrainId Grain)> grains = [];

    /// <summary>Twenty grains with reminders, sorted by their hash.</summary>
    public async Task InitializeAsync()
    {
        await table.StartAsync(CancellationToken.None);
        grains = Enumerable.Range(0, 20)
            .Select(_ => ReminderTableTests.NewGrain())
            .Select(g => (g.GetUniformHashCode(), g))
            .OrderBy(g => g.Item1)
            .ToList();
        foreach (var (_, grain) in grains)
        {
            await table.UpsertRow(ReminderTableTests.NewEntry(grain, "follow-up"));
        }
    }

    public Task DisposeAsync() => table.TestOnlyClearTable();

    [Fact]
    public async Task ARangeExcludesItsBeginAndIncludesItsEnd()
    {
        var rows = await table.ReadRows(grains[4].Hash, grains[12].Hash);

        Assert.Equal(Expected(5..13), Grains(rows));
    }

    [Fact]
    public async Task ARangeWithBeginAboveEndWrapsAroundTheRing()
    {
        var rows = await table.ReadRows(grains[15].Hash, grains[3].Hash);

        Assert.Equal(Expected(16..20).Concat(Expected(0..4)).Order(), Grains(rows));
    }

    [Fact]
    public async Task ARangeWithBeginEqualToEndIsTheWholeRing()
    {
        var rows = await table.ReadRows(grains[7].Hash, grains[7].Hash);

        Assert.Equal(Expected(0..20), Grains(rows));
    }

    [Fact]
    public async Task TheFullRangeFromZeroToMaxHoldsEveryReminderButAHashOfZero()
    {
        var rows = await table.ReadRows(0, uint.MaxValue);

        Assert.Equal(Expected(0..20).Where(g => g.GetUniformHashCode() != 0).Order(), Grains(rows));
    }

    [Fact]
    public async Task AnEmptyStretchOfTheRingHasNoReminders()
    {
        var (low, high) = Enumerable.Range(0, 19)
            .Select(i => (grains[i].Hash, grains[i + 1].Hash))
            .First(gap => gap.Item2 - gap.Item1 > 1);

        var rows = await table.ReadRows(low, high - 1);

        Assert.Empty(rows.Reminders);
    }

    private IEnumerable<GrainId> Expected(Range range) => grains.Take(range).Select(g => g.Grain).Order();

    private static IEnumerable<GrainId> Grains(ReminderTableData rows) => rows.Reminders.Select(r => r.GrainId).Order();
}
