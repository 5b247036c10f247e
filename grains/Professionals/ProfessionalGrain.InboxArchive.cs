using BackaBarnet.Live.GrainInterfaces.Notifications;
using Microsoft.Extensions.Logging;

namespace BackaBarnet.Live.Grains.Professionals;

/// <summary>
/// The live inbox keeps every unread notification and the newest <see cref="ReadKept"/> read ones;
/// once more than <see cref="ReadLiveMax"/> are read (or a read one is older than
/// <see cref="InboxOptions.ArchiveAfterDays"/>), the older read ones go to the archive table
/// (<see cref="IInboxArchive"/>), where the person pages back through them.
/// <para>
/// No notification is stored twice: a delivery that is not live is looked for in a bounded list of
/// recently archived ids and, when its time is at or before the newest time ever archived, by a
/// point read in the table. A fresh notification is newer than everything archived, so the common
/// path (a new alert) reads no table.
/// </para>
/// </summary>
internal sealed partial class ProfessionalGrain
{
    /// <summary>
    /// Read notifications kept live after a move: a screenful of recent history on the inbox page
    /// without a table read. A notification is about 450 bytes in the stored state (measured by
    /// BoundedInboxTests), so at most <see cref="ReadLiveMax"/> read ones are about 45 KB, inside
    /// the 64 KiB the README states with room for unread ones.
    /// </summary>
    internal const int ReadKept = 50;

    /// <summary>The move happens in batches of 50 (one table transaction), not one per reading.</summary>
    internal const int ReadLiveMax = ReadKept + 50;

    /// <summary>About 1.8 KB of ids: a redelivery soon after archiving needs no table read.</summary>
    internal const int RecentlyArchivedMax = 100;

    private string ProfessionalId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await MoveLegacyArchivedIdsAsync();
        await base.OnActivateAsync(cancellationToken);
    }

    public async Task<ArchivedInboxPage> GetArchivedInboxAsync(string? before, int take)
    {
        if (before is not null && !ArchivedInboxPage.IsCursor(before))
        {
            throw new ArgumentException("Not a cursor of the archived inbox.", nameof(before));
        }

        // Read even when nothing is counted: paging back is a person's rare click, and the table is the truth.
        return await inboxArchive.ReadPageAsync(ProfessionalId, before, Math.Clamp(take, 1, ArchivedInboxPage.MaxTake));
    }

    private async ValueTask<bool> WasArchivedAsync(Notification notification)
    {
        var id = notification.NotificationId;
        if (state.State.RecentlyArchivedIds.Contains(id) || state.State.ArchivedIds.Contains(id))
        {
            return true;
        }

        // Newer than everything ever archived: a fresh notification (the common path reads nothing).
        if (state.State.ArchivedUpTo is not { } upTo || notification.At > upTo)
        {
            return false;
        }

        // A failed read fails the delivery, and the sender retries: nothing is lost or doubled.
        return await inboxArchive.ContainsAsync(ProfessionalId, id);
    }

    /// <summary>
    /// Before a state write: moves read notifications past the count or age out to the table. The
    /// table is written first; the state that no longer holds them goes with the caller's write. A
    /// failed move changes nothing and is tried again with the next change.
    /// </summary>
    private async Task MoveOldReadAsync()
    {
        var read = state.State.Inbox.Where(n => n.ReadAt is not null).ToList();
        var overCount = read.Count > ReadLiveMax ? read.Count - ReadKept : 0;
        var cutoff = time.GetUtcNow().AddDays(-options.Value.ArchiveAfterDays);
        var moving = read.Where((n, index) => index < overCount || n.At < cutoff).ToArray();
        if (moving.Length == 0)
        {
            return;
        }

        try
        {
            await inboxArchive.ArchiveAsync(ProfessionalId, moving);
        }
        catch (Exception e)
        {
            LogInboxArchiveFailed(e, moving.Length);
            return;
        }

        var ids = moving.Select(n => n.NotificationId).ToHashSet();
        state.State.Inbox.RemoveAll(n => ids.Contains(n.NotificationId));
        state.State.Archived += moving.Length;
        var newest = moving.Max(n => n.At);
        state.State.ArchivedUpTo = state.State.ArchivedUpTo is { } upTo && upTo > newest ? upTo : newest;
        RememberRecentlyArchived(ids);
    }

    private void RememberRecentlyArchived(IEnumerable<Guid> ids)
    {
        var recent = state.State.RecentlyArchivedIds;
        recent.AddRange(ids);
        if (recent.Count > RecentlyArchivedMax)
        {
            recent.RemoveRange(0, recent.Count - RecentlyArchivedMax);
        }
    }

    /// <summary>
    /// A state written before the archive table holds every archived id in one growing set. The ids
    /// go to the table (their notifications are gone) and the watermark moves to now, so any
    /// redelivery of one is checked there. If the table cannot be written, the set stays and is
    /// still consulted; the move is tried again at the next activation.
    /// </summary>
    private async Task MoveLegacyArchivedIdsAsync()
    {
        if (state.State.ArchivedIds.Count == 0)
        {
            return;
        }

        try
        {
            await inboxArchive.RememberIdsAsync(ProfessionalId, state.State.ArchivedIds);
        }
        catch (Exception e)
        {
            LogInboxArchiveFailed(e, state.State.ArchivedIds.Count);
            return;
        }

        var now = time.GetUtcNow();
        state.State.ArchivedUpTo = state.State.ArchivedUpTo is { } upTo && upTo > now ? upTo : now;
        state.State.ArchivedIds.Clear();
        await state.WriteStateAsync();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Moving {Count} notifications (or ids of them) to the inbox archive failed; they stay in the grain state and are tried again")]
    private partial void LogInboxArchiveFailed(Exception error, int count);
}
