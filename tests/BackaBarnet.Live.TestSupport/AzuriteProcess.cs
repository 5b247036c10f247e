using System.Diagnostics;
using System.Net.Sockets;
using BackaBarnet.Live.GrainInterfaces.Hosting;

namespace BackaBarnet.Live.TestSupport;

/// <summary>
/// A private Azurite table service for tests that must stop and restart storage (the run's
/// shared Azurite must never go down under other tests) and for the benchmarks. It keeps its
/// port and data folder across <see cref="StopAsync"/> / <see cref="StartAsync"/>.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), $"bb-azurite-{Guid.NewGuid():N}");
    private Process? process;

    private AzuriteProcess(int port) => Port = port;

    public int Port { get; }

    public string ConnectionString => LocalStorage.AzuriteConnectionString.Replace("127.0.0.1:10002", $"127.0.0.1:{Port}");

    public static async Task<AzuriteProcess> StartNewAsync()
    {
        var azurite = new AzuriteProcess(FreePort.Next());
        await azurite.StartAsync();
        return azurite;
    }

    public async Task StartAsync()
    {
        if (process is { HasExited: false })
        {
            throw new InvalidOperationException($"Azurite on 127.0.0.1:{Port} is already running (PID {process.Id}).");
        }

        var executable = Path.Combine(RepoPaths.Root, "node_modules", ".bin", "azurite-table");
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException($"{executable} is missing: run 'npm ci' in {RepoPaths.Root} (./test does it).", executable);
        }

        Directory.CreateDirectory(dataFolder);
        var start = new ProcessStartInfo(executable)
        {
            ArgumentList =
            {
                "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(), "--location", dataFolder,
                "--skipApiVersionCheck", "--disableProductStyleUrl", "--silent",
                // Nothing may reach the internet; with telemetry on, Azurite also lingers ~2 minutes on shutdown.
                "--disableTelemetry",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilListeningAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>
    /// Stops Azurite with SIGINT and waits for it to exit. SIGINT is its graceful shutdown, which
    /// saves the data folder as a storage service keeps what it acknowledged; SIGTERM or SIGKILL
    /// lose up to five seconds of writes (its autosave interval), which would test Azurite, not us.
    /// </summary>
    public async Task StopAsync()
    {
        if (process is null || process.HasExited)
        {
            return;
        }

        await GracefulStop.StopAsync(process, "INT", TimeSpan.FromSeconds(20));
        process.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(dataFolder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process!.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} before it listened on 127.0.0.1:{Port}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"Azurite did not listen on 127.0.0.1:{Port} within {timeout}.");
    }
}
