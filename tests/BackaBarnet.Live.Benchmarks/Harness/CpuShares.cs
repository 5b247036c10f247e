using System.Diagnostics;
using BackaBarnet.Live.Benchmarks.Reporting;

namespace BackaBarnet.Live.Benchmarks.Harness;

/// <summary>
/// The CPU each process of a run used over a phase, as a share of one core: whether the machine
/// itself was the limit (two cores are 200 %), and who used it.
/// </summary>
public sealed class CpuShares
{
    private readonly IReadOnlyDictionary<string, int> processes;
    private readonly Dictionary<string, TimeSpan> before;
    private readonly long started = Stopwatch.GetTimestamp();

    private CpuShares(IReadOnlyDictionary<string, int> processes)
    {
        this.processes = processes;
        before = processes.ToDictionary(p => p.Key, p => CpuTime(p.Value));
    }

    public static CpuShares Start(IReadOnlyDictionary<string, int> processes) => new(processes);

    /// <summary>"Azurite 85 %, silo 40 %, …, total 190 % of 200 %" since <see cref="Start"/>.</summary>
    public string Describe()
    {
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var shares = processes.ToDictionary(p => p.Key, p => (CpuTime(p.Value) - before[p.Key]).TotalSeconds / seconds * 100);
        var each = string.Join(", ", shares.Select(s => ScenarioReport.Invariant($"{s.Key} {s.Value:0} %")));
        return ScenarioReport.Invariant($"{each}; together {shares.Values.Sum():0} % of {Machine.Cores * 100} %");
    }

    /// <summary>The CPU time each process used since <see cref="Start"/>.</summary>
    public IReadOnlyDictionary<string, TimeSpan> Used() => processes.ToDictionary(p => p.Key, p => CpuTime(p.Value) - before[p.Key]);

    private static TimeSpan CpuTime(int pid)
    {
        using var process = Process.GetProcessById(pid);
        return process.TotalProcessorTime;
    }
}
