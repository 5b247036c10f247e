using System.Net.Http.Headers;
using System.Net.Http.Json;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.TestSupport;
using BackaBarnet.Live.Web.Endpoints;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BackaBarnet.Live.Benchmarks.Harness;

/// <summary>
/// The real system as separate processes on 127.0.0.1, started the way ./run starts it: a silo and
/// a web node (<c>dotnet &lt;dll&gt;</c>, configured on the command line) on an Azurite of their own,
/// or on the test run's Azurite when a connection string is given (the smoke tests).
/// </summary>
public sealed class LiveProcesses : IBenchTarget, IAsyncDisposable
{
    private readonly List<IAsyncDisposable> started = [];
    private readonly string signingKeyFile = Path.Combine(Path.GetTempPath(), $"bb-bench-signing-{Guid.NewGuid():N}.key");
    private IHost? orleansClient;

    private LiveProcesses(string serviceId, string storage) => (ServiceId, StorageConnectionString) = (serviceId, storage);

    public string ServiceId { get; }

    public string StorageConnectionString { get; }

    public int GatewayPort { get; private set; }

    /// <summary>The silo's health and metrics listener (a free port: the default one belongs to a developer's ./run).</summary>
    public int SiloOpsPort { get; private set; }

    public Uri WebAddress { get; private set; } = null!;

    public ServerProcess Silo { get; private set; } = null!;

    public ServerProcess Web { get; private set; } = null!;

    public string Name => "product";

    /// <summary>The run's own Azurite, or null when it shares the test run's.</summary>
    public int? AzuritePid => started.OfType<AzuriteProcess>().FirstOrDefault()?.Pid;

    public IReadOnlyDictionary<string, int> ServerProcessIds() => new Dictionary<string, int> { ["silo"] = Silo.Pid, ["web"] = Web.Pid };

    private string? opsToken;

    /// <summary>The silo's and the web node's counts added up; the web node's metrics need the demo operator's token.</summary>
    public async Task<IReadOnlyDictionary<string, double>> StorageRequestsAsync()
    {
        opsToken ??= (await SignInAsync("olle-drift")).Token;
        return await StorageRequestCounts.ReadAsync(
            (new Uri($"http://127.0.0.1:{SiloOpsPort}/metrics"), null),
            (new Uri(WebAddress, "/ops/metrics"), opsToken));
    }

    public async Task<Guid> RegisterChildAsync(SignedIn contact, string displayName) =>
        (await contact.RegisterChildAsync(displayName, contact.ProfessionalId)).ChildId;

    /// <summary>Registers a child with the convener as barnkontakt, convenes the others, opens the meeting.</summary>
    public async Task<(Guid SessionId, Guid ChildId)> OpenMeetingAsync(SignedIn convener, IReadOnlyList<SignedIn> others)
    {
        var childId = await RegisterChildAsync(convener, "Benchbarn");
        var response = await convener.Http.PostAsJsonAsync("/api/sessions", new
        {
            kind = nameof(SessionKind.Individual),
            childIds = new[] { childId },
            scheduledAt = DateTimeOffset.UtcNow.AddMinutes(5),
            participants = others.Select(p => new { participantId = p.ProfessionalId, name = p.ProfessionalId, agency = "School", role = "Deltagare", kind = nameof(ParticipantKind.Professional) }),
        });
        response.EnsureSuccessStatusCode();
        var sessionId = (await response.Content.ReadFromJsonAsync<SessionSnapshot>(Json.Options))!.SessionId;
        (await convener.Http.PostAsync($"/api/sessions/{sessionId}/open", null)).EnsureSuccessStatusCode();
        return (sessionId, childId);
    }

    /// <summary>The version as the server has it; an overloaded server's 503 is waited out (the project's one way to wait).</summary>
    public Task<long> SessionVersionAsync(SignedIn participant, Guid sessionId) =>
        Eventually.ReturnsAsync<long>(
            async () => (await participant.Http.GetFromJsonAsync<SessionSnapshot>($"/api/sessions/{sessionId}", Json.Options))!.Version,
            TimeSpan.FromSeconds(30),
            $"the version of meeting {sessionId}");

    /// <summary>The processes of the run by name (Azurite only when it is this run's own), the benchmark's included.</summary>
    public IReadOnlyDictionary<string, int> ProcessIds()
    {
        var ids = new Dictionary<string, int>();
        if (started.OfType<AzuriteProcess>().FirstOrDefault()?.Pid is { } azurite)
        {
            ids["Azurite"] = azurite;
        }

        ids["silo"] = Silo.Pid;
        ids["web"] = Web.Pid;
        ids["load generator"] = Environment.ProcessId;
        return ids;
    }

    /// <param name="syntheticProfessionals">Made-up barnkontakter the web node's directory adds (its opt-in load-run setting).</param>
    /// <param name="concernsPerMinute">The per-professional concern rate limit (its setting): what the run drives, with room.</param>
    /// <param name="storage">An Azurite connection string to share; null starts a private Azurite.</param>
    /// <param name="privateAzurite">Where a private Azurite keeps its tables.</param>
    public static async Task<LiveProcesses> StartAsync(
        int syntheticProfessionals, int concernsPerMinute, string logFolder, string? storage = null, AzuriteStorage privateAzurite = AzuriteStorage.InMemory)
    {
        AzuriteProcess? azurite = null;
        if (storage is null)
        {
            azurite = await AzuriteProcess.StartNewAsync(privateAzurite);
            storage = azurite.ConnectionString;
        }

        var system = new LiveProcesses($"bench-{Guid.NewGuid():N}"[..24], storage);
        if (azurite is not null)
        {
            system.started.Add(azurite);
        }

        try
        {
            await system.StartNodesAsync(syntheticProfessionals, concernsPerMinute, logFolder);
            return system;
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }
    }

    private async Task StartNodesAsync(int syntheticProfessionals, int concernsPerMinute, string logFolder)
    {
        GatewayPort = FreePort.Next();
        SiloOpsPort = FreePort.Next();
        string[] shared =
        [
            $"--Orleans:ServiceId={ServiceId}", $"--Orleans:ClusterId={ServiceId}", $"--Orleans:GatewayPort={GatewayPort}",
            $"--Storage:ConnectionString={StorageConnectionString}", "--Logging:LogLevel:Default=Warning",
        ];
        Silo = await ServerProcess.StartDotnetAsync(
            "silo", BuildOutput.Silo,
            [.. shared, $"--Orleans:SiloPort={FreePort.Next()}", $"--Ops:Port={SiloOpsPort}", $"--Identity:PersonnummerHmacKey={TestStorage.NewSecret()}"],
            GatewayPort, logFolder);
        started.Insert(0, Silo);

        var webPort = FreePort.Next();
        Web = await ServerProcess.StartDotnetAsync(
            "web", BuildOutput.Web,
            [
                .. shared, "--urls", $"http://127.0.0.1:{webPort}", "--contentRoot", RepoPaths.Web,
                "--environment=Development", "--Auth:DevSignIn:Enabled=true", $"--Auth:DevSignIn:KeyFile={signingKeyFile}",
                $"--Auth:DevSignIn:SyntheticProfessionals={syntheticProfessionals}",
                $"--Limits:ConcernsPerMinute={concernsPerMinute}",
                // Load runs register children far faster than a person does.
                "--Limits:PersonnummerCallsPerMinute=100000",
            ],
            webPort, logFolder);
        started.Insert(0, Web);
        WebAddress = new Uri($"http://127.0.0.1:{webPort}");
    }

    /// <summary>Signs in through the dev sign-in, as a browser would.</summary>
    public async Task<SignedIn> SignInAsync(string professionalId)
    {
        using var anonymous = new HttpClient { BaseAddress = WebAddress };
        var response = await anonymous.PostAsJsonAsync("/api/dev/sign-in", new SignInRequest(professionalId));
        response.EnsureSuccessStatusCode();
        var signIn = (await response.Content.ReadFromJsonAsync<SignInResponse>(Json.Options))!;
        var client = new HttpClient { BaseAddress = WebAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", signIn.Token);
        return new SignedIn(professionalId, signIn.Token, client, WebAddress);
    }

    /// <summary>An Orleans client of the silo in this process, for measuring grains without the web node in between.</summary>
    public async Task<IGrainFactory> OrleansClientAsync()
    {
        if (orleansClient is null)
        {
            var builder = Host.CreateApplicationBuilder();
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.UseOrleansClient(client => client.UseLocalhostClustering(GatewayPort, ServiceId, ServiceId));
            orleansClient = builder.Build();
            await orleansClient.StartAsync();
        }

        return orleansClient.Services.GetRequiredService<IGrainFactory>();
    }

    public async ValueTask DisposeAsync()
    {
        if (orleansClient is not null)
        {
            await orleansClient.StopAsync();
            orleansClient.Dispose();
        }

        // Web first, then the silo, then Azurite: each stops while what it talks to still runs.
        foreach (var part in started)
        {
            await part.DisposeAsync();
        }

        File.Delete(signingKeyFile);
    }
}
