using BackaBarnet.Live.GrainInterfaces.Notifications;

namespace BackaBarnet.Live.Grains.Professionals;

/// <summary>
/// A notice waiting to go out by e-mail: for a notification (sent only if still unread at
/// <see cref="SendAt"/>) or, with <see cref="Calendar"/>, a meeting's calendar invitation (sent at once, read or not).
/// </summary>
[GenerateSerializer, Alias("bb.PendingNotice")]
public sealed record PendingNotice(
    [property: Id(0)] Guid NotificationId,
    [property: Id(1)] NotificationKind Kind,
    [property: Id(2)] DateTimeOffset SendAt,
    [property: Id(3)] bool Digest)
{
    [Id(10)]
    public CalendarMail? Calendar { get; init; }
}
