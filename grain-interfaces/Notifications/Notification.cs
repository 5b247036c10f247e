namespace BackaBarnet.Live.GrainInterfaces.Notifications;

/// <summary>
/// One item in a professional's inbox: what it is about (child id and display name, never the
/// personnummer), when, from whom, and where it leads in the UI. Its id is stable, so delivering
/// it twice stores it once and clients de-duplicate by it.
/// </summary>
[GenerateSerializer, Alias("bb.Notification")]
public sealed record Notification(
    Guid NotificationId,
    NotificationKind Kind,
    string Title,
    Guid? ChildId,
    string? ChildDisplayName,
    Guid? SessionId,
    string FromId,
    DateTimeOffset At,
    string Link)
{
    [Id(10)]
    public DateTimeOffset? ReadAt { get; init; }
}
