using System.Net;
using BackaBarnet.Live.HostingDefaults.Clustering;
using BackaBarnet.Live.HostingDefaults.Storage;
using Microsoft.Extensions.Configuration;

namespace BackaBarnet.Live.Silo.Hosting;

/// <summary>The silo's settings, read from configuration (appsettings, environment, command line).</summary>
public sealed record SiloSettings(ClusterMembership Cluster, int SiloPort, int GatewayPort)
{
    /// <summary>The storage account for grain state, reminders, membership and the audit log.</summary>
    public StorageAccount Storage => Cluster.Storage;

    /// <summary>The address other silos and the web nodes reach this silo on; loopback on one machine.</summary>
    public IPAddress AdvertisedAddress { get; init; } = IPAddress.Loopback;

    /// <summary>Where the silo's health and metrics listener binds; loopback unless an operator opens it.</summary>
    public IPEndPoint OpsEndpoint { get; init; } = new(IPAddress.Loopback, DefaultOpsPort);

    /// <summary>Pod hosting: Orleans reads its ids and address from the pod and watches pods (Clustering:Kubernetes).</summary>
    public bool Kubernetes { get; init; }

    /// <summary>
    /// Time a stopping silo gets to hand its grains over (deactivate, write, leave the membership)
    /// before the host gives up. Longer than Orleans' own deactivation timeout on purpose.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public const int DefaultOpsPort = 11180;

    public static SiloSettings From(IConfiguration configuration) =>
        new(
            ClusterMembership.From(configuration),
            configuration.GetValue("Orleans:SiloPort", 11111),
            configuration.GetValue("Orleans:GatewayPort", 30000))
        {
            AdvertisedAddress = Address(configuration, "Orleans:AdvertisedIP", IPAddress.Loopback),
            OpsEndpoint = new IPEndPoint(Address(configuration, "Ops:Address", IPAddress.Loopback), configuration.GetValue("Ops:Port", DefaultOpsPort)),
            Kubernetes = configuration.GetValue("Clustering:Kubernetes", false),
            ShutdownTimeout = configuration.GetValue("Orleans:ShutdownTimeout", TimeSpan.FromSeconds(30)),
        };

    private static IPAddress Address(IConfiguration configuration, string key, IPAddress fallback) =>
        configuration[key] is not { Length: > 0 } text ? fallback
        : IPAddress.TryParse(text, out var address) ? address
        : throw new InvalidOperationException($"{key} must be an IP address (e.g. 127.0.0.1 or 10.0.0.5); got '{text}'.");
}
