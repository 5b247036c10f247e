using System.Globalization;

namespace BackaBarnet.Live.Benchmarks.Harness;

/// <summary>What the report says about the machine: cores, memory, and how busy it was (other work shares it).</summary>
public static class Machine
{
    public static int Cores => Environment.ProcessorCount;

    public static long TotalMemoryBytes => KiBField("/proc/meminfo", "MemTotal:") * 1024;

    /// <summary>The 1-minute load average from /proc/loadavg.</summary>
    public static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    public static long ResidentBytesOf(int pid) => KiBField($"/proc/{pid}/status", "VmRSS:") * 1024;

    public static object Describe() => new
    {
        Cores,
        TotalMemoryMiB = TotalMemoryBytes / (1024 * 1024),
        Os = Environment.OSVersion.ToString(),
        Runtime = Environment.Version.ToString(),
    };

    private static long KiBField(string file, string field)
    {
        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{file} has no {field} line.");
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
