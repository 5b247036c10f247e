namespace BackaBarnet.Live.Grains.Mail;

/// <summary>
/// One e-mail as the grains hand it to the sender. <see cref="MessageId"/> is stable per notice,
/// so a resend after a crash carries the same id and mail clients can show it once.
/// </summary>
public sealed record OutgoingMail(string To, string Subject, string Text, string MessageId, GrainInterfaces.Notifications.CalendarMail? Calendar = null);
