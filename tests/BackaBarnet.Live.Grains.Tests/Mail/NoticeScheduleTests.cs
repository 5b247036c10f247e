using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Hosting;
using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.Grains.Mail;

namespace BackaBarnet.Live.Grains.Tests.Mail;

/// <summary>When a due notice may go out: at once, in the daily digest, after quiet hours (Swedish time).</summary>
public sealed class NoticeScheduleTests
{
    private static readonly DateOnly Day = new(2026, 12, 3);
    private static readonly TimeOnly DigestAt = new(7, 30);

    [Fact]
    public void AnImmediateNoticeOutsideQuietHoursGoesWhenDue()
    {
        var due = SwedishDate.At(Day, new TimeOnly(14, 0));
        Assert.Equal(due, NoticeSchedule.SendAt(NoticePreferences.Default, due, DigestAt));
    }

    [Fact]
    public void QuietHoursOverMidnightHoldANoticeUntilTheyEnd()
    {
        var quiet = NoticePreferences.Default with { QuietFrom = new TimeOnly(21, 0), QuietTo = new TimeOnly(7, 0) };
        Assert.Equal(SwedishDate.At(Day.AddDays(1), new TimeOnly(7, 0)), NoticeSchedule.SendAt(quiet, SwedishDate.At(Day, new TimeOnly(22, 15)), DigestAt));
        Assert.Equal(SwedishDate.At(Day, new TimeOnly(7, 0)), NoticeSchedule.SendAt(quiet, SwedishDate.At(Day, new TimeOnly(3, 0)), DigestAt));
    }

    [Fact]
    public void ADigestNoticeWaitsForTheNextDigestHour()
    {
        var digest = NoticePreferences.Default with { DailyDigest = true };
        Assert.Equal(SwedishDate.At(Day.AddDays(1), DigestAt), NoticeSchedule.SendAt(digest, SwedishDate.At(Day, new TimeOnly(9, 0)), DigestAt));
        Assert.Equal(SwedishDate.At(Day, DigestAt), NoticeSchedule.SendAt(digest, SwedishDate.At(Day, new TimeOnly(6, 0)), DigestAt));
    }

    [Fact]
    public void QuietHoursNeedBothEndsAndKindsMustExist()
    {
        var halfQuiet = Assert.Throws<DomainRuleException>(() => NoticePreferenceRules.Validate(NoticePreferences.Default with { QuietFrom = new TimeOnly(22, 0) }));
        Assert.Equal(("quietTo", ErrorCodes.FieldRequired), (halfQuiet.Field, halfQuiet.Code));
        var unknown = Assert.Throws<DomainRuleException>(() => NoticePreferenceRules.Validate(NoticePreferences.Default with { EmailKinds = [(NotificationKind)999] }));
        Assert.Equal(("emailKinds[0]", ErrorCodes.FieldUnknownValue), (unknown.Field, unknown.Code));
    }
}
