namespace BackaBarnet.Live.Web.Hosting;

/// <summary>
/// The web node may start before the silo is ready (./run starts them together); keep trying
/// to reach a gateway for a while instead of failing start-up on the first refusal.
/// </summary>
internal sealed partial class GatewayRetryFilter(ILogger<GatewayRetryFilter> logger) : IClientConnectionRetryFilter
{
    private const int MaxAttempts = 60;
    private int attempts;

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        if (++attempts > MaxAttempts)
        {
            return false;
        }

        LogWaiting(attempts, MaxAttempts, exception.Message);
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No silo gateway yet (attempt {Attempt}/{Max}): {Reason}")]
    private partial void LogWaiting(int attempt, int max, string reason);
}
