using System.Net;
using BackaBarnet.Live.HostingDefaults.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Hosting;

namespace BackaBarnet.Live.HostingDefaults.Clustering;

/// <summary>
/// How a silo joins the cluster and how a web node (an Orleans client) finds its gateways: the one
/// place both sides are set up, from the same settings, so they cannot disagree. Localhost on one
/// machine; in cluster mode the official Azure Table membership in the storage account the
/// product already uses, so a cluster needs nothing else.
/// </summary>
public sealed record ClusterMembership(ClusteringMode Mode, string ServiceId, string ClusterId, StorageAccount Storage)
{
    /// <summary>
    /// How often a web node re-reads the gateway list (Orleans' default is a minute). Short, so a
    /// new silo's gateway is used soon and its departure is noticed (which renews observers).
    /// </summary>
    public TimeSpan GatewayListRefreshPeriod { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Mutual TLS between the nodes; null only in Localhost mode, where every port is on loopback.</summary>
    public ClusterTls? Tls { get; init; }

    public static ClusterMembership From(IConfiguration configuration)
    {
        var mode = configuration["Clustering:Mode"] is { Length: > 0 } text
            ? Enum.TryParse<ClusteringMode>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new InvalidOperationException($"Clustering:Mode must be Localhost or AzureTable; got '{text}'.")
            : ClusteringMode.Localhost;
        var tls = ClusterTls.From(configuration);
        if (tls is null && mode != ClusteringMode.Localhost)
        {
            // Grains act for whoever the caller says it is: a gateway reachable over the network
            // without certificates would let anyone there read or write any child's record.
            throw new InvalidOperationException(
                $"Clustering:Mode={mode} needs mutual TLS between the nodes: set {ClusterTls.Section}:CertificatePath, :KeyPath and :CaPath (see deploy/README.md).");
        }

        return new ClusterMembership(
            mode,
            configuration["Orleans:ServiceId"] ?? "backabarnet-live",
            configuration["Orleans:ClusterId"] ?? "local",
            StorageAccount.From(configuration))
        {
            GatewayListRefreshPeriod = configuration.GetValue("Orleans:GatewayListRefreshPeriod", TimeSpan.FromSeconds(10)),
            Tls = tls,
        };
    }

    /// <summary>A silo that listens on these ports and tells the others (and the web nodes) to reach it at <paramref name="advertised"/>.</summary>
    public ISiloBuilder Join(ISiloBuilder silo, IPAddress advertised, int siloPort, int gatewayPort)
    {
        Tls?.Secure(silo);
        if (Mode == ClusteringMode.Localhost)
        {
            return silo.UseLocalhostClustering(siloPort, gatewayPort, null, ServiceId, ClusterId);
        }

        silo.UseAzureStorageClustering(o =>
        {
            o.TableServiceClient = Storage.CreateTableServiceClient(StoragePurposes.Membership);
            o.TableName = Storage.MembershipTable;
        });
        silo.Configure<ClusterOptions>(o => (o.ServiceId, o.ClusterId) = (ServiceId, ClusterId));
        return silo.ConfigureEndpoints(advertised, siloPort, gatewayPort);
    }

    /// <summary>An Orleans client: the one silo's gateway on this machine, or every live gateway in the membership table.</summary>
    public IClientBuilder Connect(IClientBuilder client, int localGatewayPort)
    {
        Tls?.Secure(client);
        if (Mode == ClusteringMode.Localhost)
        {
            return client.UseLocalhostClustering(localGatewayPort, ServiceId, ClusterId);
        }

        client.UseAzureStorageClustering(o =>
        {
            o.TableServiceClient = Storage.CreateTableServiceClient(StoragePurposes.Membership);
            o.TableName = Storage.MembershipTable;
        });
        client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = GatewayListRefreshPeriod);
        return client.Configure<ClusterOptions>(o => (o.ServiceId, o.ClusterId) = (ServiceId, ClusterId));
    }
}
