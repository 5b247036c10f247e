namespace BackaBarnet.Live.Web.Hosting;

/// <summary>How this web node finds the silo cluster; must match the silos' ids and gateway port.</summary>
public sealed record OrleansClientSettings(string ServiceId, string ClusterId, int GatewayPort)
{
    public static OrleansClientSettings From(IConfiguration configuration) => new(
        configuration["Orleans:ServiceId"] ?? "backabarnet-live",
        configuration["Orleans:ClusterId"] ?? "local",
        configuration.GetValue("Orleans:GatewayPort", 30000));
}
