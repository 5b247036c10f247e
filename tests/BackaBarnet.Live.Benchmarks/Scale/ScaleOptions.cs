namespace BackaBarnet.Live.Benchmarks.Scale;

/// <summary>
/// The scale run: children created through the API; children held active in the one silo with a
/// realistic record; how many more are activated one at a time for the cold-activation latency;
/// how many warm reads; over how many barnkontakter the created children are spread.
/// </summary>
public sealed record ScaleOptions(int ChildrenToCreate, int ActiveChildren, int ColdOneAtATime, int WarmReads, int Barnkontakter)
{
    public static ScaleOptions Full { get; } = new(100_000, 50_000, 1_000, 20_000, 500);

    public static ScaleOptions Smoke { get; } = new(100, 100, 20, 200, 10);

    /// <summary>Concurrent callers for bulk work (creating, activating): enough to keep two cores busy.</summary>
    public const int BulkCallers = 16;
}
