namespace BackaBarnet.Live.GrainInterfaces.Notifications;

/// <summary>
/// Where a professional's older read notifications go, so the live inbox stays small: one table,
/// read only when someone pages back through it or when a late redelivery might be one of them.
/// Archiving a notification again writes the same rows.
/// </summary>
public interface IInboxArchive
{
    Task ArchiveAsync(string professionalId, IReadOnlyList<Notification> notifications);

    /// <summary>
    /// Remembers ids whose notifications are gone (the inbox before the archive table kept only their
    /// ids), so a late redelivery of one is still recognised.
    /// </summary>
    Task RememberIdsAsync(string professionalId, IReadOnlyCollection<Guid> notificationIds);

    /// <summary>A point read: was this notification archived (or remembered) for this professional?</summary>
    Task<bool> ContainsAsync(string professionalId, Guid notificationId);

    /// <summary>Archived notifications newest first, after the cursor <paramref name="before"/> (null: from the newest).</summary>
    Task<ArchivedInboxPage> ReadPageAsync(string professionalId, string? before, int take);
}
