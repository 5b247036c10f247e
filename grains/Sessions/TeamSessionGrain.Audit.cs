using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.GrainInterfaces.Directory;
using Microsoft.Extensions.Logging;

namespace BackaBarnet.Live.Grains.Sessions;

/// <summary>
/// The audit of meeting edits. An edit's audit goes into the same storage write as the edit, so
/// neither is ever stored without the other, and that write stays the edit's only storage request.
/// Within <see cref="AuditMoveDelay"/> a participant's edits of one child become one audit entry
/// ("rated ×3, saved a plan action" from its first edit on), which is then moved to the audit
/// table, one transaction per partition. Why: the audit table is partitioned by child and by
/// professional, so every write touches the child's partition and the editor's; written per edit
/// (two rows, two requests) it tripled the storage requests of a busy meeting, and moved per
/// second it still cost 3.5 requests per meeting per second. A move that fails is tried again,
/// and a repeated move writes the same rows.
/// </summary>
internal sealed partial class TeamSessionGrain
{
    /// <summary>
    /// A minute, as the durable reminder's period: log review reads these entries days later, not
    /// seconds. It was 10 s; at the fan-out benchmark's 200 meetings the moves (a transaction per
    /// partition, six per meeting, and a refused one whenever the web node had appended to the
    /// same partition since) were nearly one storage request per edit, as many as the edits' own
    /// writes.
    /// </summary>
    private static readonly TimeSpan AuditMoveDelay = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan AuditRetryDelay = TimeSpan.FromSeconds(15);
    private const string AuditThrough = "as meeting participant";

    private IGrainTimer? auditTimer;

    /// <summary>Entries being written now: later edits start new entries rather than change these.</summary>
    private readonly HashSet<Guid> auditInFlight = [];

    /// <summary>
    /// Entries the interleaved timer moved: they leave the state just before the next write, never
    /// while one is under way. Why (issue 21's fan-out runs): removed at once, they changed the
    /// state under an edit's write in flight; when that write had landed but its answer was late,
    /// the stored row no longer matched the state, the write was taken for a conflict, the edit
    /// failed and its stored event was never pushed (20 lost deliveries).
    /// </summary>
    private readonly HashSet<Guid> auditMoved = [];

    /// <summary>Entries moved to the audit table but still in the stored state, until its next write.</summary>
    private bool AuditMovedSinceWrite => auditMoved.Count > 0;

    /// <summary>The entries not yet moved to the audit table.</summary>
    private IEnumerable<PendingEditAudit> UnmovedAudit => state.State.PendingAudit.Where(p => !auditMoved.Contains(p.Id));

    /// <summary>Just before a write (in a turn of its own, not the timer's): what was moved leaves the state.</summary>
    private void DropMovedAudit()
    {
        if (auditMoved.Count > 0)
        {
            state.State.PendingAudit.RemoveAll(p => auditMoved.Contains(p.Id));
            auditMoved.Clear();
        }
    }

    private void RecordEdit(string actorId, Guid childId, string what)
    {
        var pending = UnmovedAudit.FirstOrDefault(p => p.ProfessionalId == actorId && p.ChildId == childId && !auditInFlight.Contains(p.Id));
        if (pending is null)
        {
            pending = new PendingEditAudit { ProfessionalId = actorId, ChildId = childId, First = Now };
            state.State.PendingAudit.Add(pending);
        }

        pending.Edits[what] = pending.Edits.GetValueOrDefault(what) + 1;
    }

    /// <summary>After every state write: what it stored is durable and can be moved on.</summary>
    private void AfterStateWritten()
    {
        if (UnmovedAudit.Any())
        {
            ScheduleAuditMove(AuditMoveDelay);
        }
    }

    /// <summary>
    /// Meetings opened together would otherwise move their entries together, every time: a burst
    /// of transactions that stalled storage for everyone (p99 1.7 s in the fan-out benchmark).
    /// Up to half the delay again, at random, spreads them out.
    /// </summary>
    private void ScheduleAuditMove(TimeSpan after) =>
        // Interleaved: the move's storage requests must not hold up the meeting's edits.
        auditTimer ??= this.RegisterGrainTimer(
            MoveAuditOnTimerAsync,
            new GrainTimerCreationOptions(after + (after / 2 * Random.Shared.NextDouble()), Timeout.InfiniteTimeSpan) { Interleave = true });

    private async Task MoveAuditOnTimerAsync(CancellationToken cancellation)
    {
        auditTimer?.Dispose();
        auditTimer = null;
        await MoveAuditAsync();
    }

    private async Task MoveAuditAsync()
    {
        var batch = UnmovedAudit.Where(p => !auditInFlight.Contains(p.Id)).ToArray();
        if (batch.Length == 0)
        {
            return;
        }

        auditInFlight.UnionWith(batch.Select(p => p.Id));
        try
        {
            var units = await CareUnitsAsync(batch.Select(p => p.ProfessionalId));
            await auditSink.AppendAsync(batch.Select(p => ToAuditEntry(p, units)).ToArray());
        }
        catch (Exception e)
        {
            // Not lost: the entries stay in the stored state and are tried again.
            LogAuditMoveFailed(e, SessionId, batch.Length);
            ScheduleAuditMove(AuditRetryDelay);
            return;
        }
        finally
        {
            auditInFlight.ExceptWith(batch.Select(p => p.Id));
        }

        auditMoved.UnionWith(batch.Select(p => p.Id));
    }

    private AuditEntry ToAuditEntry(PendingEditAudit pending, IReadOnlyDictionary<string, string?> careUnits)
    {
        var participant = state.State.Participants.FirstOrDefault(p => p.ParticipantId == pending.ProfessionalId);
        return new AuditEntry(pending.First, pending.ProfessionalId, participant?.Agency, participant?.Role, $"{pending.Summary()} in team session {SessionId} about", pending.ChildId)
        {
            Through = AuditThrough,
            Id = pending.Id,
            CareUnit = careUnits.GetValueOrDefault(pending.ProfessionalId),
            Outcome = AuditOutcomes.Allowed,
        };
    }

    /// <summary>The care unit each editor acts from, as the directory has it when the entries are moved (one directory read per batch).</summary>
    private async Task<IReadOnlyDictionary<string, string?>> CareUnitsAsync(IEnumerable<string> professionalIds)
    {
        var wanted = professionalIds.ToHashSet(StringComparer.Ordinal);
        var directory = await GrainFactory.GetGrain<IDirectoryGrain>(0).GetAsync();
        return directory.People.Where(p => wanted.Contains(p.Id)).ToDictionary(p => p.Id, p => p.Unit, StringComparer.Ordinal);
    }

    /// <summary>
    /// On the way out the last entries are moved and the state says so; entries that cannot be
    /// moved now stay stored and are moved when the meeting is next activated.
    /// </summary>
    private async Task SettleAuditAsync()
    {
        if (!lastWriteStored || (!UnmovedAudit.Any() && !AuditMovedSinceWrite))
        {
            return;
        }

        await MoveAuditAsync();
        if (AuditMovedSinceWrite)
        {
            DropMovedAudit();
            await state.WriteStateAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId}: moving {Count} audit entries to the audit table failed; they stay stored with the meeting and are tried again.")]
    private partial void LogAuditMoveFailed(Exception exception, Guid sessionId, int count);
}
