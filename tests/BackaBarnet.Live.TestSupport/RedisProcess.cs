using System.Diagnostics;

namespace BackaBarnet.Live.TestSupport;

/// <summary>
/// A private Debian redis-server for cluster tests: loopback only, on a free port, with a
/// throw-away data folder. It keeps port and folder across <see cref="StopAsync"/> /
/// <see cref="StartAsync"/>, and appends every write to its log, so a restart loses nothing
/// it acknowledged (the membership table must survive, as it does on a real Redis).
/// </summary>
public sealed class RedisProcess : IAsyncDisposable
{
    public const string Executable = "/usr/bin/redis-server";

    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), $"bb-redis-{Guid.NewGuid():N}");
    private Process? process;

    private RedisProcess(int port) => Port = port;

    public int Port { get; }

    /// <summary>A StackExchange.Redis configuration string for this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisProcess> StartNewAsync()
    {
        var redis = new RedisProcess(FreePort.Next());
        await redis.StartAsync();
        return redis;
    }

    public async Task StartAsync()
    {
        if (process is { HasExited: false })
        {
            throw new InvalidOperationException($"Redis on 127.0.0.1:{Port} is already running (PID {process.Id}).");
        }

        if (!File.Exists(Executable))
        {
            throw new FileNotFoundException($"{Executable} is missing: install Debian's redis-server ('apt-get install redis-server'; ./test does it when run as root).", Executable);
        }

        Directory.CreateDirectory(dataFolder);
        var start = new ProcessStartInfo(Executable)
        {
            ArgumentList =
            {
                "--bind", "127.0.0.1", "--port", Port.ToString(), "--dir", dataFolder,
                "--appendonly", "yes", "--appendfsync", "always", "--save", "",
                "--daemonize", "no", "--protected-mode", "yes", "--loglevel", "warning",
            },
        };
        process = LocalServer.StartQuiet(start);
        await Listening.WaitAsync(process, "Redis", Port, TimeSpan.FromSeconds(20));
    }

    /// <summary>Stops Redis as an operator's restart does (SIGTERM: it finishes its writes, then exits).</summary>
    public async Task StopAsync()
    {
        if (process is null)
        {
            return;
        }

        await LocalServer.SignalAndWaitAsync(process, "TERM", TimeSpan.FromSeconds(20));
        process.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        LocalServer.DeleteFolder(dataFolder);
    }
}
