using BackaBarnet.Live.Silo.Hosting;
using BackaBarnet.Live.Web.Auth;
using BackaBarnet.Live.Web.Endpoints;
using BackaBarnet.Live.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace BackaBarnet.Live.TestSupport;

/// <summary>
/// The real system in one test process: a silo on the run's Azurite and a web node on Kestrel
/// (real HTTP, real WebSockets), each through the same builders the processes use.
/// </summary>
public class LiveSystem : IAsyncLifetime
{
    private readonly List<WebApplication> webNodes = [];
    private IHost? silo;
    private string[] shared = [];

    /// <summary>Web settings of this system; tests share professionals, so the concern rate limit is lifted unless a fixture sets it.</summary>
    /// <summary>
    /// Bearer tokens from the test OpenID Provider are good here too (besides the dev sign-in's), so
    /// the access tables can run with a provider's tokens.
    /// </summary>
    protected virtual string[] WebSettings =>
        ["--Limits:ConcernsPerMinute=100000", "--Limits:PersonnummerCallsPerMinute=100000", $"--Auth:Authority={Issuer}", $"--Auth:Audience={OidcTestProvider.Audience}"];

    /// <summary>The storage account of this system: the run's Azurite, unless a fixture brings its own (to stop it).</summary>
    protected virtual string StorageConnectionString => TestStorage.ConnectionString;

    /// <summary>The test OpenID Provider this system trusts.</summary>
    public Uri Issuer { get; private set; } = null!;

    /// <summary>How much of each web node's log is collected (above the console's Warning: the hosting request log writes at Information).</summary>
    protected virtual LogLevel CollectedLevel => LogLevel.Information;

    /// <summary>What each web node of this system logged.</summary>
    public List<CollectedLogs> Logs { get; } = [];

    /// <summary>The first web node.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Issuer = await OidcTestProvider.IssuerAsync();
        var serviceId = TestStorage.UniqueServiceId("live");
        var gatewayPort = FreePort.Next();
        shared =
        [
            $"--Orleans:ServiceId={serviceId}",
            $"--Orleans:ClusterId={serviceId}",
            $"--Orleans:GatewayPort={gatewayPort}",
            $"--Storage:ConnectionString={StorageConnectionString}",
            "--Logging:LogLevel:Default=Warning",
        ];

        silo = SiloHost.Build(
        [
            .. shared,
            $"--Orleans:SiloPort={FreePort.Next()}",
            // Several in-process silos run at once in a test run: each health listener takes any free port.
            "--Ops:Port=0",
            $"--Identity:PersonnummerHmacKey={TestStorage.NewSecret()}",
        ]);
        await silo.StartAsync();

        BaseAddress = await StartWebNodeAsync();
    }

    /// <summary>
    /// Starts another web node on the same silo, as a scaled-out deployment has. Nodes share the
    /// dev signing key so a token from one is good on all.
    /// </summary>
    /// <param name="settings">Settings for this node only; they win over the shared ones.</param>
    public Task<Uri> StartWebNodeAsync(params string[] settings) => StartWebNodeAsync(null, settings);

    /// <summary>Another web node whose every log line (Information and up) goes to <paramref name="logs"/> too.</summary>
    public async Task<Uri> StartWebNodeAsync(CapturedLogs? logs, params string[] settings)
    {
        var collected = new CollectedLogs("web");
        Logs.Add(collected);
        var web = BackaBarnetWebApp.Build(
            [.. shared, .. WebSettings, "--urls=http://127.0.0.1:0", "--environment=Development", "--Auth:DevSignIn:Enabled=true", $"--Auth:DevSignIn:KeyFile={SigningKeyFile}", .. settings],
            RepoPaths.Web,
            logging =>
            {
                logging.AddProvider(collected).AddFilter<CollectedLogs>(null, CollectedLevel);
                if (logs is not null)
                {
                    logging.AddProvider(logs);
                }
            });
        await web.StartAsync();
        webNodes.Add(web);
        return new Uri(web.Urls.First());
    }

    public virtual async Task DisposeAsync()
    {
        foreach (var web in webNodes)
        {
            await web.StopAsync();
            await web.DisposeAsync();
        }

        File.Delete(SigningKeyFile);

        if (silo is not null)
        {
            await silo.StopAsync();
            silo.Dispose();
        }
    }

    private string SigningKeyFile { get; } = Path.Combine(Path.GetTempPath(), $"bb-test-signing-{Guid.NewGuid():N}.key");

    /// <summary>The dev sign-in's signing key of this system, for tests that craft tokens of their own.</summary>
    public SymmetricSecurityKey SigningKey() => new(Convert.FromBase64String(File.ReadAllText(SigningKeyFile).Trim()));

    public HttpClient AnonymousClient() => new() { BaseAddress = BaseAddress };

    /// <summary>
    /// A token shaped like the dev sign-in's, but issued at <paramref name="issuedAt"/> and signed
    /// with <paramref name="key"/> (default: this system's key): for tests of tokens that must be refused.
    /// </summary>
    public string MintToken(string professionalId, DateTimeOffset issuedAt, TimeSpan lifetime, SymmetricSecurityKey? key = null)
    {
        var signingKey = key ?? new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(SigningKeyFile).Trim()));
        var issuer = new DevTokenIssuer(signingKey, new DevSignInSettings(true, null, lifetime), new FixedTime(issuedAt));
        return issuer.Issue(professionalId).Token;
    }

    /// <summary>Every route the first web node serves, as its pattern: for suites that must cover them all.</summary>
    public IReadOnlyList<string> RoutePatterns() => RouteEndpoints().Select(Pattern).ToArray();

    /// <summary>Every route endpoint of the first web node, with its metadata.</summary>
    public IReadOnlyList<RouteEndpoint> RouteEndpoints() =>
        webNodes[0].Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToArray();

    public static string Pattern(RouteEndpoint endpoint) =>
        $"{string.Join(",", endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])} {endpoint.RoutePattern.RawText}";

    private sealed class FixedTime(DateTimeOffset at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => at;
    }

    /// <summary>Signs in through the dev sign-in, as a browser would.</summary>
    public Task<SignedIn> SignInAsync(string professionalId) => DevSignIn.SignInAsync(BaseAddress, professionalId);
}
