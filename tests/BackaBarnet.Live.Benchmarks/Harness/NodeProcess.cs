using System.Diagnostics;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Benchmarks.Harness;

/// <summary>
/// One .NET host of the system run as its own process (<c>dotnet some.dll …</c>), its output in a
/// log file. Stopped by its own PID: SIGTERM first (a graceful host shutdown), killed if it lingers.
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;

    private NodeProcess(string name, Process process, StreamWriter log, string logPath)
    {
        Name = name;
        this.process = process;
        this.log = log;
        LogPath = logPath;
    }

    public string Name { get; }

    public string LogPath { get; }

    public int Pid => process.Id;

    /// <summary>Starts <paramref name="dll"/> and waits until it listens on <paramref name="port"/>.</summary>
    public static async Task<NodeProcess> StartAsync(string name, string dll, IEnumerable<string> arguments, int port, string logFolder, string? workingDirectory = null)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{dll} is missing: build it first (./bench builds Release, ./test builds Debug).", dll);
        }

        Directory.CreateDirectory(logFolder);
        var logPath = Path.Combine(logFolder, $"{name}.log");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(dll)!,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll}.");
        process.OutputDataReceived += (_, line) => Write(log, line.Data);
        process.ErrorDataReceived += (_, line) => Write(log, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var node = new NodeProcess(name, process, log, logPath);
        await node.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(60));
        return node;
    }

    /// <summary>Resident memory of the process in bytes (VmRSS), as the kernel counts it.</summary>
    public long ResidentBytes() => Machine.ResidentBytesOf(Pid);

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // SIGTERM: the .NET host's graceful shutdown.
            await LocalServer.SignalAndWaitAsync(process, "TERM", TimeSpan.FromSeconds(20));
        }

        process.Dispose();
        lock (log)
        {
            log.Dispose();
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            if (log.BaseStream.CanWrite)
            {
                log.WriteLine(line);
            }
        }
    }

    /// <summary>The shared wait, with this node's log named when it fails.</summary>
    private async Task WaitUntilListeningAsync(int port, TimeSpan timeout)
    {
        try
        {
            await Listening.WaitAsync(process, Name, port, timeout);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            throw new InvalidOperationException($"{e.Message} See {LogPath}.", e);
        }
    }
}
