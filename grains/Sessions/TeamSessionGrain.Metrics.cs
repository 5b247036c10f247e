using BackaBarnet.Live.Grains.Telemetry;

namespace BackaBarnet.Live.Grains.Sessions;

/// <summary>Counts this meeting among the active ones while it is in memory.</summary>
internal sealed partial class TeamSessionGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        SessionMetrics.ActiveSessions.Add(1);
        return base.OnActivateAsync(cancellationToken);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        SessionMetrics.ActiveSessions.Add(-1);
        return base.OnDeactivateAsync(reason, cancellationToken);
    }
}
