using System.Diagnostics;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Cluster.Tests;

/// <summary>
/// One silo or web program running as its own process (`dotnet X.dll --Key=value …`), its output
/// in a log file, stopped hard (SIGKILL, a machine lost) or gracefully (SIGTERM, an operator's stop).
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;
    private bool closed;

    private NodeProcess(string name, Process process, string logFile, StreamWriter log)
    {
        (Name, this.process, LogFile, this.log) = (name, process, logFile, log);
    }

    public string Name { get; }

    public string LogFile { get; }

    public int Pid => process.Id;

    public bool HasExited => process.HasExited;

    public static NodeProcess Start(string name, string dll, IEnumerable<string> arguments, string logFolder)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var logFile = Path.Combine(logFolder, $"{name}.log");
        var node = new NodeProcess(name, new Process { StartInfo = start }, logFile, new StreamWriter(logFile) { AutoFlush = true });
        node.process.OutputDataReceived += (_, e) => node.Write(e.Data);
        node.process.ErrorDataReceived += (_, e) => node.Write(e.Data);
        node.process.Start();
        node.process.BeginOutputReadLine();
        node.process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Polls an HTTP endpoint until it answers 200, or fails naming the process and its last log lines.</summary>
    public async Task WaitUntilOkAsync(Uri url, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {process.ExitCode} before {url} answered.\n{LogTail()}");
            }

            try
            {
                if ((await http.GetAsync(url)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{Name}: {url} did not answer 200 within {timeout}.\n{LogTail()}");
    }

    /// <summary>SIGKILL: no shutdown code runs, as when a machine dies.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }

        await process.WaitForExitAsync();
    }

    /// <summary>SIGTERM and wait: the host's graceful shutdown. Returns how long it took.</summary>
    public async Task<TimeSpan> StopGracefullyAsync(TimeSpan timeout)
    {
        var started = Stopwatch.StartNew();
        if (!await LocalServer.SignalAndWaitAsync(process, "TERM", timeout))
        {
            throw new TimeoutException($"{Name} did not stop within {timeout} of SIGTERM and was killed.\n{LogTail()}");
        }

        return started.Elapsed;
    }

    /// <summary>Resident memory now, in MiB.</summary>
    public double WorkingSetMiB()
    {
        process.Refresh();
        return process.WorkingSet64 / 1024.0 / 1024.0;
    }

    public string LogTail(int lines = 30)
    {
        try
        {
            using var reader = new StreamReader(new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            return string.Join('\n', reader.ReadToEnd().Split('\n').TakeLast(lines));
        }
        catch (IOException e)
        {
            return $"(log unreadable: {e.Message})";
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
        lock (log)
        {
            closed = true;
            log.Dispose();
        }
    }

    private void Write(string? line)
    {
        lock (log)
        {
            if (line is not null && !closed)
            {
                log.WriteLine(line);
            }
        }
    }
}
