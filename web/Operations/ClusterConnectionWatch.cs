namespace BackaBarnet.Live.Web.Operations;

/// <summary>
/// What this web node's Orleans client knows about its gateways. Readiness reads it; the observer
/// registries listen to <see cref="Changed"/>, because a silo that left (or joined) may have
/// taken grains, and the observers those grains held, with it.
/// </summary>
public sealed partial class ClusterConnectionWatch(ILogger<ClusterConnectionWatch> logger) : IClusterConnectionStatusObserver
{
    private volatile int gateways = -1;

    /// <summary>Raised when the number of reachable gateways changes or the cluster connection is lost.</summary>
    public event Action? Changed;

    /// <summary>
    /// The client finishes starting only once it reached a gateway, and Kestrel starts after it,
    /// so "no count reported yet" means connected; afterwards it is connected while a gateway is.
    /// </summary>
    public bool IsConnected => gateways != 0;

    public int Gateways => gateways;

    public void NotifyGatewayCountChanged(int currentNumberOfGateways, int previousNumberOfGateways, bool connectionRecovered)
    {
        gateways = currentNumberOfGateways;
        LogGatewayCount(previousNumberOfGateways, currentNumberOfGateways);
        Changed?.Invoke();
    }

    public void NotifyClusterConnectionLost()
    {
        gateways = 0;
        LogLost();
        Changed?.Invoke();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reachable silo gateways: {Previous} -> {Current}.")]
    private partial void LogGatewayCount(int previous, int current);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the connection to the silo cluster; retrying.")]
    private partial void LogLost();
}
