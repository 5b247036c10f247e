using BackaBarnet.Live.GrainInterfaces.Hosting;
using Orleans.Configuration;
using StackExchange.Redis;

namespace BackaBarnet.Live.Web.Hosting;

/// <summary>How this web node finds the silo cluster; must match the silos' ids, clustering and gateway port.</summary>
public sealed record OrleansClientSettings(string ServiceId, string ClusterId, int GatewayPort)
{
    /// <summary>Localhost: the one silo's gateway on this machine. Redis: every live gateway listed in the membership table.</summary>
    public ClusteringMode Clustering { get; init; }

    public string? RedisConnectionString { get; init; }

    /// <summary>
    /// How often the node re-reads the gateway list (Orleans' default is a minute). Short, so a
    /// new silo's gateway is used soon and its departure is noticed (which renews observers).
    /// </summary>
    public TimeSpan GatewayListRefreshPeriod { get; init; } = TimeSpan.FromSeconds(10);

    public static OrleansClientSettings From(IConfiguration configuration)
    {
        var clustering = ClusteringChoice.From(configuration);

        return new OrleansClientSettings(
            configuration["Orleans:ServiceId"] ?? "backabarnet-live",
            configuration["Orleans:ClusterId"] ?? "local",
            configuration.GetValue("Orleans:GatewayPort", 30000))
        {
            Clustering = clustering.Mode,
            RedisConnectionString = clustering.RedisConnectionString,
            GatewayListRefreshPeriod = configuration.GetValue("Orleans:GatewayListRefreshPeriod", TimeSpan.FromSeconds(10)),
        };
    }

    public IClientBuilder UseClustering(IClientBuilder client)
    {
        if (Clustering == ClusteringMode.Localhost)
        {
            return client.UseLocalhostClustering(GatewayPort, ServiceId, ClusterId);
        }

        client.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(RedisConnectionString!));
        client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = GatewayListRefreshPeriod);
        return client.Configure<ClusterOptions>(o => (o.ServiceId, o.ClusterId) = (ServiceId, ClusterId));
    }
}
