using System.Diagnostics;

namespace BackaBarnet.Live.TestSupport;

/// <summary>
/// The real OpenID Provider of the tests (npm's oidc-provider, tests/oidc/provider.mjs). ./test
/// starts one for the run and names it in BACKABARNET_TEST_OIDC; run by hand without it, the
/// first test that needs it starts one on a free port and it stops with the test process.
/// </summary>
public static class OidcTestProvider
{
    public const string Variable = "BACKABARNET_TEST_OIDC";
    public const string ClientId = "backabarnet-live";
    public const string ClientSecret = "test-client-secret-not-for-production";
    public const string Audience = "backabarnet-live";

    /// <summary>Test users of the provider: their subjects are HSA-ids.</summary>
    public static readonly string[] Users = ["SE2321000016-1001", "SE2321000016-1002", "SE2321000016-1003"];

    private static readonly Lazy<Task<Uri>> Started = new(StartAsync);

    public static Task<Uri> IssuerAsync() => Started.Value;

    private static async Task<Uri> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            return new Uri(given);
        }

        var port = FreePort.Next();
        var server = ServerProcess.Start("oidc-provider", new ProcessStartInfo("node", [Path.Combine(RepoPaths.Root, "tests", "oidc", "provider.mjs"), port.ToString()])
        {
            WorkingDirectory = RepoPaths.Root,
        }, logFolder: null);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.KillAsync().GetAwaiter().GetResult();
        var issuer = new Uri($"http://127.0.0.1:{port}");
        await server.WaitUntilOkAsync(new Uri(issuer, "/.well-known/openid-configuration"), ServerProcess.StartTimeout);
        return issuer;
    }
}
