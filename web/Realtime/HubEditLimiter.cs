using System.Threading.RateLimiting;
using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Web.Realtime;

/// <summary>
/// A per-professional rate on meeting edits, across all their connections on this node, so one
/// runaway client cannot crowd out a meeting. Generous for people (a burst of a few dozen clicks
/// is fine); configured by Limits:HubEditsPerSecond and Limits:HubEditBurst.
/// </summary>
public sealed class HubEditLimiter(IConfiguration configuration) : IDisposable
{
    private readonly int perSecond = configuration.GetValue("Limits:HubEditsPerSecond", 10);
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(professionalId =>
        RateLimitPartition.GetTokenBucketLimiter(professionalId, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = configuration.GetValue("Limits:HubEditBurst", 40),
            TokensPerPeriod = configuration.GetValue("Limits:HubEditsPerSecond", 10),
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <exception cref="HubException">The professional is over the rate; nothing was changed.</exception>
    public void Take(string professionalId)
    {
        using var lease = limiter.AttemptAcquire(professionalId);
        if (!lease.IsAcquired)
        {
            throw Errors.CodedHubException.Create(
                GrainInterfaces.Domain.ErrorCodes.LimitsTooManyEdits,
                GrainInterfaces.Domain.ErrorCodes.Args(("perSecond", perSecond)),
                $"Too many edits: at most {perSecond} a second per person (after a short burst). Nothing was changed; try again in a moment.");
        }
    }

    public void Dispose() => limiter.Dispose();
}
