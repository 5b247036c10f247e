using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Benchmarks.Smoke.Tests;

internal static class SmokeLogs
{
    /// <summary>Where a smoke test's silo and web node write their output (kept for a failed run to be read).</summary>
    public static string Folder(string test) => Path.Combine(RepoPaths.Root, ".data", "benchmarks", "smoke", $"{test}-{DateTime.UtcNow:yyyyMMdd-HHmmss}");
}
