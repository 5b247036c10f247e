namespace BackaBarnet.Live.Grains.Professionals;

/// <summary>Configuration section "Inbox".</summary>
public sealed class InboxOptions
{
    public const string Section = "Inbox";

    /// <summary>Read notifications older than this leave the inbox list (they are counted as archived).</summary>
    public int ArchiveAfterDays { get; set; } = 90;

    /// <summary>
    /// Meetings planned longer ago than this leave the professional's meeting list (and with it the
    /// meeting relation to their children). Half a year: far past any meeting's close or a
    /// rescheduling, which keeps the list's original time.
    /// </summary>
    public int ForgetMeetingsAfterDays { get; set; } = 180;
}
