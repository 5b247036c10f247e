using BackaBarnet.Live.Benchmarks.Harness;
using BackaBarnet.Live.Benchmarks.Scale;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Benchmarks.Smoke.Tests;

/// <summary>The scale benchmark's own code with a hundred children.</summary>
public sealed class ScaleSmokeTests
{
    private static readonly ScaleOptions Shape = ScaleOptions.Smoke;

    [Fact]
    public async Task CopiedRealisticRecordsActivateWholeAndChildrenAreCreatedThroughTheApi()
    {
        await using var system = await LiveProcesses.StartAsync(Shape.Barnkontakter, 60, SmokeLogs.Folder("scale"), TestStorage.ConnectionString);

        var result = await new ScaleScenario(system, Shape, _ => { }).RunAsync();

        Assert.Equal(Shape.ActiveChildren, result.ActiveIntact);
        Assert.Equal(Shape.ChildrenToCreate, result.Created);
        Assert.Equal(Shape.WarmReads, result.Warm.Count);
        Assert.True(result.TemplateStateBytes > 0);
    }
}
