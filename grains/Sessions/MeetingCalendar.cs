using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.Grains.Mail;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace BackaBarnet.Live.Grains.Sessions;

/// <summary>
/// The meeting as an iCalendar object (RFC 5545): one UID per meeting, a SEQUENCE that grows with
/// each change, so calendars replace the entry on a reschedule and remove it on a cancellation.
/// It names no child: a calendar is shared far beyond this system.
/// </summary>
internal static class MeetingCalendar
{
    public const string Request = "REQUEST";
    public const string Cancel = "CANCEL";

    /// <summary>The system has no meeting length; an hour is what a barnteam meeting is usually given.</summary>
    private static readonly TimeSpan Length = TimeSpan.FromHours(1);

    public static string Uid(Guid sessionId, MailOptions options) => $"{sessionId:N}@{new Uri(options.PublicBaseUrl).Host}";

    public static string Build(Guid sessionId, TeamSessionState meeting, string method, DateTimeOffset now, MailOptions options)
    {
        var link = MeetingLink(sessionId, options);
        var calendarEvent = new CalendarEvent
        {
            Uid = Uid(sessionId, options),
            Sequence = meeting.CalendarSequence,
            DtStamp = new CalDateTime(now.UtcDateTime),
            Start = new CalDateTime(meeting.ScheduledAt.UtcDateTime),
            End = new CalDateTime((meeting.ScheduledAt + Length).UtcDateTime),
            Summary = "Barnteam (BackaBarnet)",
            Description = meeting.VideoLink is { } video
                ? $"Mötet i BackaBarnet: {link}\nVideomöte: {video}"
                : $"Mötet i BackaBarnet: {link}",
            Location = meeting.VideoLink ?? "Se kallelsen i BackaBarnet",
            Url = new Uri(link),
            Status = method == Cancel ? "CANCELLED" : "CONFIRMED",
            Organizer = new Organizer($"mailto:{options.FromAddress}") { CommonName = options.FromName },
        };
        var calendar = new Calendar { Method = method, ProductId = "-//BackaBarnet.Live//Barnteam//SV" };
        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar) ?? throw new InvalidOperationException("The calendar could not be written.");
    }

    /// <summary>The e-mail that carries it: what happened and where to read more, no child's name.</summary>
    public static CalendarMail Mail(Guid sessionId, TeamSessionState meeting, string method, DateTimeOffset now, MailOptions options)
    {
        var when = Swedish(meeting.ScheduledAt).ToString("dddd 'den' d MMMM yyyy 'kl.' HH:mm", System.Globalization.CultureInfo.GetCultureInfo("sv-SE"));
        var (subject, lead) = (method, meeting.CalendarSequence) switch
        {
            (Cancel, _) => ("Inställt barnteamsmöte", $"Barnteamsmötet {when} är inställt."),
            (_, 0) => ("Kallelse till barnteam", $"Du är kallad till ett barnteamsmöte {when}."),
            _ => ("Ny tid för barnteamsmöte", $"Barnteamsmötet har fått en ny tid: {when}."),
        };
        var video = meeting.VideoLink is { } link && method != Cancel ? $"\nVideomöte: {link}\n" : "";
        var text = $"""
            Hej!

            {lead}
            {video}
            Läs mer och se vilka som är kallade i BackaBarnet: {MeetingLink(sessionId, options)}
            Kalenderfilen i det här meddelandet uppdaterar mötet i din kalender.

            Det här meddelandet går inte att svara på.
            """;
        return new CalendarMail(subject, text, Build(sessionId, meeting, method, now, options), method);
    }

    private static string MeetingLink(Guid sessionId, MailOptions options) => $"{options.PublicBaseUrl.TrimEnd('/')}{Links.Meeting(sessionId)}";

    private static DateTime Swedish(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, SwedishZone).DateTime;

    private static readonly TimeZoneInfo SwedishZone = FindSweden();

    private static TimeZoneInfo FindSweden()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
