using System.Diagnostics;
using BackaBarnet.Live.HostingDefaults.Storage;

namespace BackaBarnet.Live.TestSupport;

/// <summary>
/// A private Azurite table service for tests that must stop and restart storage (the run's
/// shared Azurite must never go down under other tests), for the cluster tests and for the
/// benchmarks. It keeps its port, and on disk its data folder, across <see cref="StopAsync"/> /
/// <see cref="StartAsync"/>.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), $"bb-azurite-{Guid.NewGuid():N}");
    private readonly AzuriteStorage storage;
    private ServerProcess? server;

    private AzuriteProcess(int port, AzuriteStorage storage) => (Port, this.storage) = (port, storage);

    public int Port { get; }

    /// <summary>The running Azurite's process id (null while stopped).</summary>
    public int? Pid => server?.Pid;

    public string ConnectionString => LocalStorage.AzuriteOnPort(Port);

    public static async Task<AzuriteProcess> StartNewAsync(AzuriteStorage storage = AzuriteStorage.OnDisk)
    {
        var azurite = new AzuriteProcess(FreePort.Next(), storage);
        await azurite.StartAsync();
        return azurite;
    }

    public async Task StartAsync()
    {
        if (server is { HasExited: false })
        {
            throw new InvalidOperationException($"Azurite on 127.0.0.1:{Port} is already running (PID {server.Pid}).");
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

        // SIGINT is Azurite's graceful shutdown, which saves the data folder as a storage service
        // keeps what it acknowledged; SIGTERM or SIGKILL lose up to five seconds of writes (its
        // autosave interval), which would test Azurite, not us.
        server = ServerProcess.Start("azurite", start, logFolder: null, stopSignal: "INT");
        await server.WaitUntilListeningAsync(Port, TimeSpan.FromSeconds(30));
    }

    /// <summary>Stops Azurite gracefully and waits for it to exit.</summary>
    public async Task StopAsync()
    {
        if (server is null)
        {
            return;
        }

        await server.DisposeAsync();
        server = null;
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
}
