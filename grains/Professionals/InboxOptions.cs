namespace BackaBarnet.Live.Grains.Professionals;

/// <summary>Configuration section "Inbox".</summary>
public sealed class InboxOptions
{
    public const string Section = "Inbox";

    /// <summary>Read notifications older than this leave the inbox list (they are counted as archived).</summary>
    public int ArchiveAfterDays { get; set; } = 90;
}
