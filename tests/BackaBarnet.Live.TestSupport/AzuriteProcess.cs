using System.Diagnostics;
using BackaBarnet.Live.GrainInterfaces.Hosting;

namespace BackaBarnet.Live.TestSupport;

/// <summary>
/// A private Azurite table service for tests that must stop and restart storage (the run's
/// shared Azurite must never go down under other tests) and for the benchmarks. It keeps its
/// port, and on disk its data folder, across <see cref="StopAsync"/> / <see cref="StartAsync"/>.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), $"bb-azurite-{Guid.NewGuid():N}");
    private readonly AzuriteStorage storage;
    private Process? process;

    private AzuriteProcess(int port, AzuriteStorage storage) => (Port, this.storage) = (port, storage);

    public int Port { get; }

    /// <summary>The running Azurite's process id (null while stopped).</summary>
    public int? Pid => process?.Id;

    public string ConnectionString => LocalStorage.AzuriteConnectionString.Replace("127.0.0.1:10002", $"127.0.0.1:{Port}");

    public static async Task<AzuriteProcess> StartNewAsync(AzuriteStorage storage = AzuriteStorage.OnDisk)
    {
        var azurite = new AzuriteProcess(FreePort.Next(), storage);
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

        var start = new ProcessStartInfo(executable)
        {
            ArgumentList =
            {
                "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(),
                "--skipApiVersionCheck", "--disableProductStyleUrl", "--silent",
                // Nothing may reach the internet; with telemetry on, Azurite also lingers ~2 minutes on shutdown.
                "--disableTelemetry",
            },
        };
        if (storage == AzuriteStorage.InMemory)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(dataFolder);
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(dataFolder);
        }

        process = LocalServer.StartQuiet(start);
        await Listening.WaitAsync(process, "Azurite", Port, TimeSpan.FromSeconds(30));
    }

    /// <summary>
    /// Stops Azurite with SIGINT and waits for it to exit. SIGINT is its graceful shutdown, which
    /// saves the data folder as a storage service keeps what it acknowledged; SIGTERM or SIGKILL
    /// lose up to five seconds of writes (its autosave interval), which would test Azurite, not us.
    /// </summary>
    public async Task StopAsync()
    {
        if (process is null)
        {
            return;
        }

        await LocalServer.SignalAndWaitAsync(process, "INT", TimeSpan.FromSeconds(20));
        process.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        LocalServer.DeleteFolder(dataFolder);
    }
}
