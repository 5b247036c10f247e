using BackaBarnet.Live.HostingDefaults.Clustering;
using BackaBarnet.Live.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BackaBarnet.Live.Cluster.Tests;

/// <summary>
/// The gateway is the way into every child's record: only a node showing a certificate from the
/// cluster's own authority gets in. The silos and web nodes of the fixture talk over the same
/// mutual TLS (they are started with the certificates), so the cluster working at all shows that
/// side; these tests show the door is shut to everyone else.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterTlsTests(ClusterFixture fixture, ITestOutputHelper output)
{
    /// <summary>Long enough for a client with the certificate to find the gateways and connect (about 1 s here).</summary>
    private static readonly TimeSpan ConnectLimit = TimeSpan.FromSeconds(60);

    /// <summary>
    /// A refused client keeps retrying the gateways (each handshake is closed at once): not having
    /// reached the cluster in this long, or failing before, is a refusal.
    /// </summary>
    private static readonly TimeSpan RefusalWindow = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task AClientWithTheClusterCertificateReachesTheGateway()
    {
        var cluster = await fixture.ReadyAsync(output);
        var tls = new ClusterTls(cluster.Certificates.LoadNode(), cluster.Certificates.LoadAuthority());

        var hosts = await CallGatewayAsync(cluster.Membership(tls)).WaitAsync(ConnectLimit);

        Assert.Equal(cluster.LiveSilos.Count(), hosts);
    }

    [Fact]
    public async Task AClientWithoutACertificateCannotConnectToTheGateway()
    {
        var cluster = await fixture.ReadyAsync(output);

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => CallGatewayAsync(cluster.Membership(tls: null)).WaitAsync(RefusalWindow));

        output.WriteLine($"refused: {refused.GetType().Name}: {refused.Message}");
    }

    [Fact]
    public async Task AClientWithACertificateFromAnotherAuthorityCannotConnectToTheGateway()
    {
        var cluster = await fixture.ReadyAsync(output);
        using var stranger = ClusterCertificates.NewAuthority("Some other CA");
        // The stranger trusts the cluster's authority (it may have copied ca.crt), but its own
        // certificate is not from it: the gateway must refuse the stranger's certificate.
        var tls = new ClusterTls(ClusterCertificates.Issue(stranger, "backabarnet-live-node"), cluster.Certificates.LoadAuthority());

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => CallGatewayAsync(cluster.Membership(tls)).WaitAsync(RefusalWindow));

        output.WriteLine($"refused: {refused.GetType().Name}: {refused.Message}");
    }

    /// <summary>Connects an Orleans client as the web nodes do and asks the cluster how many silos are active.</summary>
    private static async Task<int> CallGatewayAsync(ClusterMembership membership)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(client => membership.Connect(client, 0));
        using var host = builder.Build();
        try
        {
            await host.StartAsync();
            var hosts = await host.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
            return hosts.Count;
        }
        finally
        {
            await host.StopAsync(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token);
        }
    }
}
