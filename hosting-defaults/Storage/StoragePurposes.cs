namespace BackaBarnet.Live.HostingDefaults.Storage;

/// <summary>What each Table Storage client is for: the label of its requests in <see cref="StorageRequestCounter"/>.</summary>
public static class StoragePurposes
{
    public const string GrainState = "grain-state";
    public const string Reminders = "reminders";
    public const string Membership = "membership";
    public const string Audit = "audit";
    public const string Archive = "archive";
    public const string InboxArchive = "inbox-archive";
    public const string DataProtection = "data-protection";
}
