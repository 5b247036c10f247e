using BackaBarnet.Live.Grains.Telemetry;
using Microsoft.Extensions.Logging;

namespace BackaBarnet.Live.Grains.Sessions;

/// <summary>Counts this meeting among the active ones while it is in memory; moves audit entries a previous activation left.</summary>
internal sealed partial class TeamSessionGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        SessionMetrics.ActiveSessions.Add(1);
        storedVersion = state.State.Version;
        if (state.State.PendingAudit.Count > 0)
        {
            ScheduleAuditMove(AuditMoveDelay);
        }

        return base.OnActivateAsync(cancellationToken);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        SessionMetrics.ActiveSessions.Add(-1);
        try
        {
            await SettleAuditAsync();
        }
        catch (Exception e)
        {
            // The entries are still stored with the meeting; the next activation moves them.
            LogAuditSettleFailed(e, SessionId);
        }

        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId}: after a failed write, reading the stored meeting failed too; the activation is dropped and the next one reads it.")]
    private partial void LogReloadFailed(Exception exception, Guid sessionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId}: storing the audit entries' move on deactivation failed; the next activation moves them again.")]
    private partial void LogAuditSettleFailed(Exception exception, Guid sessionId);
}
