using System.Diagnostics;
using Azure.Data.Tables;
using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.Grains.Tests.Cluster;
using BackaBarnet.Live.TestSupport;
using Xunit.Abstractions;

namespace BackaBarnet.Live.Grains.Tests.Children;

/// <summary>A child with a long history keeps a small live record: its older chronology is in the archive table, and still read.</summary>
[Collection(ClusterCollection.Name)]
public sealed class BoundedChildStateTests(ClusterFixture fixture, ITestOutputHelper output)
{
    private const int Changes = 10_000;

    /// <summary>The README's bound for this kind of history: the stored state row stays under 64 KiB (the cap is 960 KiB).</summary>
    private const int StateBound = 64 * 1024;

    [Fact]
    public async Task TenThousandChangesKeepTheStoredChildUnderItsBoundAndEveryChronologyEntryReadable()
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, snapshot) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);
        var planVersion = snapshot.Plan!.Version;
        var largest = 0;
        var watch = Stopwatch.StartNew();

        for (var i = 1; i <= Changes; i++)
        {
            var changed = await child.UpdatePlanDetailsAsync(new PlanDetails([], $"Jag vill läsa mer ({i})", null, null, null), planVersion, contact);
            planVersion = changed.Plan.Version;
            if (i % 1000 == 0)
            {
                largest = Math.Max(largest, await StoredBytesAsync(snapshot.ChildId));
            }
        }

        var chronology = await child.GetChronologyAsync();
        output.WriteLine($"{Changes} changes in {watch.Elapsed.TotalSeconds:F0} s; largest stored state {largest} bytes (bound {StateBound}); chronology read back: {chronology.Count} entries");

        Assert.InRange(largest, 1, StateBound);
        Assert.Equal(Enumerable.Range(1, Changes + 1).Reverse().Select(v => (long)v), chronology.Select(e => e.Version));
        Assert.Equal("ChildRegistered", chronology[^1].Kind);
        Assert.True((await child.GetEvaluationFactsAsync()).Events.Count > 0);
    }

    private Task<int> StoredBytesAsync(Guid childId) =>
        GrainStateRows.StoredBytesAsync(fixture.Cluster.Options.ServiceId, GrainId.Create("child", childId.ToString("N")), "child");
}
