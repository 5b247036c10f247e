using System.Diagnostics;
using System.Net.Sockets;

namespace BackaBarnet.Live.TestSupport;

/// <summary>
/// One server that tests and benchmarks start on 127.0.0.1 as a process of its own: Azurite, a
/// silo, a web node, a baseline hub (and, the same way, an OpenID Provider or an SMTP server:
/// wrap one in a small class as <see cref="AzuriteProcess"/> does). Its output goes to a log file
/// (or is read and dropped); it is waited for by port or by HTTP, stopped by its own PID with the
/// signal that is its graceful shutdown, or killed as a machine is lost.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    /// <summary>Generous: on two busy cores a .NET host can take most of a minute to start.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly Process process;
    private readonly StreamWriter? log;
    private readonly string stopSignal;
    private bool closed;

    private ServerProcess(string name, Process process, string? logFile, string stopSignal)
    {
        (Name, this.process, LogFile, this.stopSignal) = (name, process, logFile, stopSignal);
        log = logFile is null ? null : new StreamWriter(logFile) { AutoFlush = true };
    }

    public string Name { get; }

    /// <summary>Where its output goes; null when it is dropped.</summary>
    public string? LogFile { get; }

    public int Pid => process.Id;

    public bool HasExited => process.HasExited;

    /// <param name="logFolder">Where <c>{name}.log</c> is written; null drops the output (an unread pipe would block the process once full).</param>
    /// <param name="stopSignal">The signal that is this server's graceful shutdown: TERM for .NET hosts (and most servers), INT for Azurite.</param>
    public static ServerProcess Start(string name, ProcessStartInfo start, string? logFolder, string stopSignal = "TERM")
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        string? logFile = null;
        if (logFolder is not null)
        {
            Directory.CreateDirectory(logFolder);
            logFile = Path.Combine(logFolder, $"{name}.log");
        }

        var server = new ServerProcess(name, new Process { StartInfo = start }, logFile, stopSignal);
        server.process.OutputDataReceived += (_, e) => server.Write(e.Data);
        server.process.ErrorDataReceived += (_, e) => server.Write(e.Data);
        if (!server.process.Start())
        {
            throw new InvalidOperationException($"Could not start {name} ({start.FileName}).");
        }

        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        return server;
    }

    /// <summary>A .NET program of ours (<c>dotnet X.dll --Key=value …</c>), as ./run starts them.</summary>
    public static ServerProcess StartDotnet(
        string name, string dll, IEnumerable<string> arguments, string? logFolder, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{dll} is missing: build the solution first (./test builds Debug, ./bench Release).", dll);
        }

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(dll)! };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return Start(name, start, logFolder);
    }

    /// <summary>Starts a .NET program of ours and waits until it listens on <paramref name="port"/>.</summary>
    public static async Task<ServerProcess> StartDotnetAsync(string name, string dll, IEnumerable<string> arguments, int port, string logFolder)
    {
        var server = StartDotnet(name, dll, arguments, logFolder);
        try
        {
            await server.WaitUntilListeningAsync(port, StartTimeout);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits until it accepts TCP connections on <paramref name="port"/>; gives up at once if it exits.</summary>
    public Task WaitUntilListeningAsync(int port, TimeSpan timeout) =>
        Eventually.HoldsAsync(
            async () =>
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return true;
            },
            timeout,
            $"{Name} to listen on 127.0.0.1:{port}",
            Exited);

    /// <summary>Waits until <paramref name="url"/> answers 200 (a health endpoint); gives up at once if it exits.</summary>
    public async Task WaitUntilOkAsync(Uri url, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        await Eventually.HoldsAsync(async () => (await http.GetAsync(url)).IsSuccessStatusCode, timeout, $"{Name} to answer 200 on {url}", Exited);
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

    /// <summary>Its graceful shutdown (the stop signal) and wait. Returns how long it took; fails if it had to be killed.</summary>
    public async Task<TimeSpan> StopAsync(TimeSpan timeout)
    {
        var started = Stopwatch.StartNew();
        if (!process.HasExited)
        {
            using (var kill = Process.Start("kill", [$"-{stopSignal}", process.Id.ToString()]))
            {
                await kill.WaitForExitAsync();
            }

            try
            {
                await process.WaitForExitAsync().WaitAsync(timeout);
            }
            catch (TimeoutException)
            {
                await KillAsync();
                throw new TimeoutException($"{Name} did not stop within {timeout} of SIG{stopSignal} and was killed.\n{LogTail()}");
            }
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
        if (LogFile is null)
        {
            return "(no log kept)";
        }

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

    /// <summary>Stops it gracefully (killed if it lingers past 20 s) and closes its log.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync(TimeSpan.FromSeconds(20));
        }
        catch (TimeoutException)
        {
            // Killed: disposing must not fail over a server that would not stop.
        }

        process.Dispose();
        lock (process)
        {
            closed = true;
            log?.Dispose();
        }
    }

    private string? Exited() => process.HasExited ? $"{Name} exited with code {process.ExitCode}.\n{LogTail()}" : null;

    private void Write(string? line)
    {
        lock (process)
        {
            if (line is not null && !closed)
            {
                log?.WriteLine(line);
            }
        }
    }
}
