using BackaBarnet.Live.GrainInterfaces.Hosting;
using BackaBarnet.Live.GrainInterfaces.Notifications;

namespace BackaBarnet.Live.Grains.Mail;

/// <summary>When a notice that became due may be sent, by the person's choices (Swedish time).</summary>
public static class NoticeSchedule
{
    public static DateTimeOffset SendAt(NoticePreferences preferences, DateTimeOffset due, TimeOnly digestAt)
    {
        var at = preferences.DailyDigest ? NextAt(due, digestAt) : due;
        return preferences is { QuietFrom: { } from, QuietTo: { } to } && IsQuiet(SwedishDate.TimeOf(at), from, to) ? NextAt(at, to) : at;
    }

    /// <summary>Quiet hours may run over midnight (22:00–07:00).</summary>
    public static bool IsQuiet(TimeOnly time, TimeOnly from, TimeOnly to) =>
        from < to ? time >= from && time < to : time >= from || time < to;

    /// <summary>The first instant at or after <paramref name="instant"/> when Swedish clocks show <paramref name="time"/>.</summary>
    private static DateTimeOffset NextAt(DateTimeOffset instant, TimeOnly time)
    {
        var date = SwedishDate.DateOf(instant);
        var candidate = SwedishDate.At(date, time);
        return candidate >= instant ? candidate : SwedishDate.At(date.AddDays(1), time);
    }
}
