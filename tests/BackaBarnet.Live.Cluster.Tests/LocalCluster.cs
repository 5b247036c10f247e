using System.Net.Http.Json;
using BackaBarnet.Live.HostingDefaults.Clustering;
using BackaBarnet.Live.HostingDefaults.Storage;
using BackaBarnet.Live.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace BackaBarnet.Live.Cluster.Tests;

/// <summary>
/// A real cluster on this machine, as `./run --cluster` starts one: a private Azurite holding
/// everything (grain state, reminders, the audit log and the membership table, as the default
/// cluster set-up has it), silo and web programs as child processes in AzureTable clustering
/// mode. The Azurite is its own so a test can take storage down without touching other tests.
/// The test process itself joins as an Orleans client to read the membership.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private readonly string serviceId = TestStorage.UniqueServiceId("cluster");
    private readonly string personnummerKey = TestStorage.NewSecret();
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"bb-cluster-{Guid.NewGuid():N}");
    private readonly List<SiloNode> silos = [];
    private readonly List<WebNode> webNodes = [];
    private IHost? admin;

    private LocalCluster(AzuriteProcess storage)
    {
        Storage = storage;
        Directory.CreateDirectory(folder);
        Certificates = ClusterCertificates.In(Path.Combine(folder, "tls"));
    }

    /// <summary>The cluster's throw-away authority and the node certificate every silo and web node shows.</summary>
    public ClusterCertificates Certificates { get; }

    /// <summary>The cluster's storage account: grain state, reminders, audit and membership.</summary>
    public AzuriteProcess Storage { get; }

    /// <summary>The current test's output (the cluster outlives single tests).</summary>
    public ITestOutputHelper? Output { get; set; }

    public IReadOnlyList<SiloNode> Silos => silos;

    public IReadOnlyList<WebNode> WebNodes => webNodes;

    public static async Task<LocalCluster> StartAsync(int silos, int webNodes)
    {
        var cluster = new LocalCluster(await AzuriteProcess.StartNewAsync());
        try
        {
            await cluster.EnsureAsync(silos, webNodes);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts silos and web nodes until this many of each are running (replacing ones a test stopped).</summary>
    public async Task EnsureAsync(int silos, int webNodes)
    {
        if (!LiveSilos.Any())
        {
            // The first silo alone, so the others join a cluster instead of racing to found it.
            await StartSiloAsync();
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Max(0, silos - LiveSilos.Count())).Select(_ => StartSiloAsync())
            .Concat(Enumerable.Range(0, Math.Max(0, webNodes - LiveWebNodes.Count())).Select(_ => (Task)StartWebAsync())));
    }

    public IEnumerable<SiloNode> LiveSilos => silos.Where(s => !s.Process.HasExited).ToArray();

    public IEnumerable<WebNode> LiveWebNodes => webNodes.Where(w => !w.Process.HasExited).ToArray();

    /// <summary>Starts one more silo and waits until it reports itself Active (its readiness endpoint).</summary>
    public async Task<SiloNode> StartSiloAsync()
    {
        var (siloPort, gatewayPort, opsPort) = (FreePort.Next(), FreePort.Next(), FreePort.Next());
        string name;
        lock (silos)
        {
            name = $"silo{silos.Count + 1}-{siloPort}";
        }

        var process = ServerProcess.StartDotnet(name, Program("silo", "BackaBarnet.Live.Silo"), [
            .. Shared,
            $"--Orleans:SiloPort={siloPort}",
            $"--Orleans:GatewayPort={gatewayPort}",
            $"--Ops:Port={opsPort}",
            $"--Identity:PersonnummerHmacKey={personnummerKey}",
            // Failure detection tuned down from Orleans' defaults (5 s probes, 3 misses) so a
            // killed silo is declared dead within seconds, as an operator may tune it.
            "--Orleans:Membership:ProbeTimeout=00:00:01",
            "--Orleans:Membership:NumMissedProbesLimit=2",
        ], folder);
        var silo = new SiloNode(process, siloPort, gatewayPort, opsPort);
        lock (silos)
        {
            silos.Add(silo);
        }

        await process.WaitUntilOkAsync(silo.Ops("/health/ready"), ServerProcess.StartTimeout);
        return silo;
    }

    public async Task<WebNode> StartWebAsync()
    {
        var port = FreePort.Next();
        var address = new Uri($"http://127.0.0.1:{port}");
        string name;
        lock (webNodes)
        {
            name = $"web{webNodes.Count + 1}-{port}";
        }

        var process = ServerProcess.StartDotnet(name, Program("web", "BackaBarnet.Live.Web"), [
            .. Shared,
            $"--urls={address}",
            $"--contentRoot={RepoPaths.Web}",
            "--environment=Development",
            "--Auth:DevSignIn:Enabled=true",
            $"--Auth:DevSignIn:KeyFile={Path.Combine(folder, "dev-signing.key")}",
            // The load comes from a few demo professionals, far faster than any person: lift the per-person limits.
            "--Limits:ConcernsPerMinute=100000",
            "--Limits:PersonnummerCallsPerMinute=100000",
            "--Limits:HubEditsPerSecond=100000",
            "--Limits:HubEditBurst=100000",
        ], folder, environment: OwnHome(name));
        var web = new WebNode(process, address);
        lock (webNodes)
        {
            webNodes.Add(web);
        }

        await process.WaitUntilOkAsync(new Uri(address, "/health/ready"), ServerProcess.StartTimeout);
        return web;
    }

    /// <summary>
    /// A home folder of the node's own, as a pod has: on one machine the nodes would otherwise share
    /// ASP.NET Core's default key folder (~/.aspnet) and hide a key ring that is not shared in production.
    /// </summary>
    private Dictionary<string, string> OwnHome(string node)
    {
        var home = Directory.CreateDirectory(Path.Combine(folder, $"{node}-home")).FullName;
        return new() { ["HOME"] = home };
    }

    public Task<SignedIn> SignInAsync(string professionalId, WebNode node) => DevSignIn.SignInAsync(node.Address, professionalId);

    /// <summary>
    /// Registers a few children through every web node until they answer: the first calls into a
    /// fresh silo compile the grains' code, which on two busy cores can outlast the tests' 5 s
    /// response timeout. A fault test measures what follows its fault, not a cold start.
    /// </summary>
    public async Task WarmUpAsync()
    {
        foreach (var node in LiveWebNodes)
        {
            using var professional = await SignInAsync(Meetings.Convener, node);
            for (var i = 0; i < 4; i++)
            {
                await Eventually.HoldsAsync(
                    async () => (await professional.Http.PostAsJsonAsync("/api/children", new { displayName = "Uppvärmning", childContactId = Meetings.Convener })).IsSuccessStatusCode,
                    ServerProcess.StartTimeout,
                    $"{node.Process.Name} to register a child");
            }
        }
    }

    /// <summary>The membership table as the cluster sees it: every silo ever in it, with its status.</summary>
    public async Task<Dictionary<SiloAddress, SiloStatus>> MembershipAsync() =>
        await (await AdminAsync()).GetGrain<IManagementGrain>(0).GetHosts(onlyActive: false);

    /// <summary>The silo process an activation lives on, or null when it is not active anywhere.</summary>
    public async Task<SiloNode?> HostOfAsync(IAddressable grain)
    {
        var address = await (await AdminAsync()).GetGrain<IManagementGrain>(0).GetActivationAddress(grain);
        return address is null ? null : silos.SingleOrDefault(s => s.SiloPort == address.Endpoint.Port);
    }

    public async Task<IClusterClient> AdminAsync()
    {
        if (admin is null)
        {
            var builder = Host.CreateApplicationBuilder();
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.UseOrleansClient(client =>
            {
                // The same membership set-up the web nodes use.
                Membership(new ClusterTls(Certificates.LoadNode(), Certificates.LoadAuthority())).Connect(client, 0);
                client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(10));
            });
            admin = builder.Build();
            await admin.StartAsync();
        }

        return admin.Services.GetRequiredService<IClusterClient>();
    }

    /// <summary>The cluster's membership as a client sees it, with the given certificates (or none).</summary>
    public ClusterMembership Membership(ClusterTls? tls) =>
        new(ClusteringMode.AzureTable, serviceId, serviceId, new StorageAccount(Storage.ConnectionString)) { Tls = tls };

    /// <summary>Waits until the membership has exactly the live silos Active and every stopped one Dead.</summary>
    public async Task<Dictionary<SiloAddress, SiloStatus>> WaitForSaneMembershipAsync(TimeSpan timeout)
    {
        var last = new Dictionary<SiloAddress, SiloStatus>();
        try
        {
            return await Eventually.ReturnsAsync(
                async () =>
                {
                    last = await MembershipAsync();
                    var live = LiveSilos.Select(s => s.SiloPort).ToHashSet();
                    var sane = last.All(m => live.Contains(m.Key.Endpoint.Port) ? m.Value == SiloStatus.Active : m.Value == SiloStatus.Dead)
                        && live.All(port => last.Keys.Any(k => k.Endpoint.Port == port));
                    return sane ? last : null;
                },
                timeout,
                "the membership to hold exactly the live silos as Active and the stopped ones as Dead");
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message} Last seen: {string.Join(", ", last.Select(m => $"{m.Key}={m.Value}"))}.", e);
        }
    }

    /// <summary>Prints the membership and each live silo's resident memory, and checks the memory is sane.</summary>
    public async Task ReportHealthAsync(double maxSiloMiB = 1024)
    {
        var membership = await WaitForSaneMembershipAsync(TimeSpan.FromSeconds(30));
        Output?.WriteLine($"membership: {string.Join(", ", membership.Select(m => $"{m.Key.Endpoint}={m.Value}"))}");
        foreach (var silo in silos.Where(s => !s.Process.HasExited))
        {
            var mib = silo.Process.WorkingSetMiB();
            Output?.WriteLine($"{silo.Process.Name}: {mib:F0} MiB resident");
            Assert.True(mib < maxSiloMiB, $"{silo.Process.Name} uses {mib:F0} MiB, more than {maxSiloMiB} MiB");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (admin is not null)
        {
            try
            {
                await admin.StopAsync(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token);
            }
            finally
            {
                admin.Dispose();
            }
        }

        // Killed, not stopped: the cluster and its storage go away together, nothing needs handing over.
        var nodes = webNodes.Select(w => w.Process).Concat(silos.Select(s => s.Process)).ToArray();
        await Task.WhenAll(nodes.Select(node => node.KillAsync()));
        foreach (var node in nodes)
        {
            await node.DisposeAsync();
        }

        await Storage.DisposeAsync();
        if (Environment.GetEnvironmentVariable("BB_KEEP_CLUSTER_LOGS") is { Length: > 0 })
        {
            Console.WriteLine($"process logs kept in {folder}");
            return;
        }

        Directory.Delete(folder, recursive: true);
    }

    private string[] Shared =>
    [
        .. Certificates.Arguments,
        "--Clustering:Mode=AzureTable",
        $"--Orleans:ServiceId={serviceId}",
        $"--Orleans:ClusterId={serviceId}",
        // A call stuck on a dead silo's gateway fails after this, and the client tries again.
        "--Orleans:Messaging:ResponseTimeout=00:00:05",
        $"--Storage:ConnectionString={Storage.ConnectionString}",
        "--Logging:LogLevel:Default=Warning",
        "--Logging:LogLevel:BackaBarnet=Information",
    ];

    /// <summary>The program's dll as built next to this test (same configuration).</summary>
    private static string Program(string folder, string assembly)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(RepoPaths.Root, folder, "bin", configuration, "net10.0", $"{assembly}.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"{dll} is missing: build the solution first (./test does).", dll);
    }
}
