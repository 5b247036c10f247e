namespace BackaBarnet.Live.Cluster.Tests;

/// <summary>
/// One cluster for the whole project: starting processes is the slow part on two cores. Each
/// test begins with <see cref="LocalCluster.EnsureAsync"/>, which replaces what an earlier test
/// killed, and makes its own meeting, children and professionals' connections.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const int Silos = 2;
    public const int WebNodes = 2;

    public LocalCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() => Cluster = await LocalCluster.StartAsync(Silos, WebNodes);

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    /// <summary>The cluster at full strength, reporting to this test's output.</summary>
    public async Task<LocalCluster> ReadyAsync(ITestOutputHelper output)
    {
        Cluster.Output = output;
        var started = DateTime.UtcNow;
        await Cluster.EnsureAsync(Silos, WebNodes);
        await Cluster.WaitForSaneMembershipAsync(TimeSpan.FromSeconds(30));
        await Cluster.WarmUpAsync();
        output.WriteLine($"cluster ready ({Cluster.LiveSilos.Count()} silos, {Cluster.LiveWebNodes.Count()} web nodes) in {(DateTime.UtcNow - started).TotalSeconds:F1} s");
        return Cluster;
    }

    /// <summary>Each test's last word: the errors the nodes logged (xunit shows it only when the test failed).</summary>
    public void WriteNodeProblems(ITestOutputHelper output) =>
        output.WriteLine(NodeLogs.Problems(Cluster.Silos.Select(s => s.Process).Concat(Cluster.WebNodes.Select(w => w.Process))));
}
