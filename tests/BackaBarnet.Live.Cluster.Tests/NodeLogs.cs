using System.Text.RegularExpressions;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Cluster.Tests;

/// <summary>
/// The errors the cluster's processes logged, for a test's output: the logs live in a temp folder
/// that is gone after the run, so on CI a failed test would otherwise say only "500".
/// </summary>
public static partial class NodeLogs
{
    private const int EntriesPerProcess = 12;
    private const int LinesPerEntry = 4;

    public static string Problems(IEnumerable<ServerProcess> processes) =>
        string.Join('\n', processes.Select(process => (process.Name, Entries: ProblemsOf(process))).Where(p => p.Entries.Count > 0)
            .Select(p => $"--- {p.Name}: last {p.Entries.Count} error entries\n{string.Join('\n', p.Entries)}"));

    private static List<string> ProblemsOf(ServerProcess process)
    {
        var lines = process.LogTail(int.MaxValue).Split('\n');
        var entries = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (ErrorEntry().IsMatch(lines[i]))
            {
                entries.Add(string.Join('\n', lines.Skip(i).Take(LinesPerEntry)));
            }
        }

        return entries.TakeLast(EntriesPerProcess).ToList();
    }

    // The console logger's level prefixes for errors and critical failures.
    [GeneratedRegex(@"^\s*(fail|crit):")]
    private static partial Regex ErrorEntry();
}
