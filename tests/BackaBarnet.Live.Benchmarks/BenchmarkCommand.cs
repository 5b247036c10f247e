using BackaBarnet.Live.Benchmarks.Alerts;
using BackaBarnet.Live.Benchmarks.Fanout;
using BackaBarnet.Live.Benchmarks.Harness;
using BackaBarnet.Live.Benchmarks.Reporting;
using BackaBarnet.Live.Benchmarks.Scale;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Benchmarks;

/// <summary>Picks the benchmark named on the command line, runs it with the full load, and writes its report.</summary>
public static class BenchmarkCommand
{
    public const string Usage = "usage: bench storage|fanout|alerts|scale|all [--children N] [--active N] [--seconds N] [--azurite memory|disk]";

    private static readonly string[] SystemBenchmarks = ["fanout", "alerts", "scale"];

    public static async Task<int> RunAsync(string[] args)
    {
        var name = args.FirstOrDefault();
        if (name == "storage" && args.Length == 1)
        {
            return await StorageRun.RunAsync();
        }

        if (name is null || (name != "all" && !SystemBenchmarks.Contains(name)) || !BenchArguments.TryRead(args[1..], out var arguments))
        {
            Console.Error.WriteLine($"{Usage}   (was: '{string.Join(' ', args)}')");
            return 2;
        }

        var folder = Path.Combine(RepoPaths.Root, ".data", "benchmarks");
        var report = new ScenarioReport(name, $"./bench {string.Join(' ', args)}");
        var logFolder = Path.Combine(folder, "logs", $"{name}-{report.At:yyyyMMdd-HHmmss}");
        void Progress(string step) => Console.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {step}");
        Progress($"{name}: {Machine.Cores} cores, load average {Machine.LoadAverage():0.0}, Azurite {arguments.Azurite}; host logs in {Path.GetRelativePath(RepoPaths.Root, logFolder)}");
        report.Notes.Add(arguments.Azurite == AzuriteStorage.InMemory
            ? "Azurite ran with --inMemoryPersistence: it acknowledges writes from memory in either mode; on disk it also saves its whole database every 5 s, which stalls it for longer the more rows it holds."
            : "Azurite ran on disk: every 5 s it saves its whole database, which stalls its single thread for longer the more rows it holds.");

        var load = new LoadSampler();
        try
        {
            if (name is "fanout" or "all")
            {
                report.Summaries.Add(await FanoutBenchmark.RunAsync(
                    report, FanoutOptions.Full with { Duration = arguments.Duration ?? FanoutOptions.Full.Duration }, arguments.Azurite, Path.Combine(logFolder, "fanout"), Progress));
            }

            if (name is "alerts" or "all")
            {
                report.Summaries.Add(await AlertBenchmark.RunAsync(
                    report, AlertOptions.Full with { Duration = arguments.Duration ?? AlertOptions.Full.Duration }, arguments.Azurite, Path.Combine(logFolder, "alerts"), Progress));
            }

            if (name is "scale" or "all")
            {
                await ScaleBenchmark.RunAsync(report, arguments.Scale, arguments.Azurite, Path.Combine(logFolder, "scale"), Progress);
            }
        }
        catch (Exception e)
        {
            // What finished before is still worth its report; the failure is in it, then rethrown.
            report.Notes.Add($"The run stopped with an error: {e.GetType().Name}: {e.Message}");
            throw;
        }
        finally
        {
            await load.DisposeAsync();
            report.LoadAverageMean = load.Mean;
            report.LoadAverageMax = load.Max;
            Console.WriteLine();
            Console.WriteLine(report.Markdown());
            var path = await report.WriteAsync(folder);
            Console.WriteLine($"report: {Path.GetRelativePath(RepoPaths.Root, path)} (and .md)");
            foreach (var summary in report.Summaries)
            {
                Console.WriteLine(summary);
            }
        }
        // A missed target is a finding written to the report, not a failure of the program.
        return 0;
    }
}
