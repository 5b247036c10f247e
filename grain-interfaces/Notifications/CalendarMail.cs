namespace BackaBarnet.Live.GrainInterfaces.Notifications;

/// <summary>
/// A meeting's calendar e-mail: its Swedish subject and text (no child's name) and the iCalendar
/// object (RFC 5545) attached, whose <see cref="Method"/> is REQUEST or CANCEL.
/// </summary>
[GenerateSerializer, Alias("bb.CalendarMail")]
public sealed record CalendarMail(
    [property: Id(0)] string Subject,
    [property: Id(1)] string Text,
    [property: Id(2)] string Ics,
    [property: Id(3)] string Method);
