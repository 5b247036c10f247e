using BackaBarnet.Live.GrainInterfaces.LinkedProcesses;
using BackaBarnet.Live.GrainInterfaces.Sessions;

namespace BackaBarnet.Live.Grains.Tests.Domain;

public sealed class MeetingBurdenTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.FromHours(1));

    private static readonly LinkedProcessView[] Forums =
    [
        Forum(LinkedProcessKind.Sip, LinkedProcessStatus.Active),
        Forum(LinkedProcessKind.Bus, LinkedProcessStatus.Planned),
        Forum(LinkedProcessKind.Bob, LinkedProcessStatus.Active),
        Forum(LinkedProcessKind.Islandsmodellen, LinkedProcessStatus.Closed),
    ];

    [Fact]
    public void TheWarningAppearsAtTheConfiguredNumberOfMeetingsAndListsEveryOpenForum()
    {
        var below = MeetingBurdenRules.Assess(Held(daysAgo: [10, 40]), convenedNotClosed: 0, Forums, Now, warnAt: 3);
        var at = MeetingBurdenRules.Assess(Held(daysAgo: [10, 40]), convenedNotClosed: 1, Forums, Now, warnAt: 3);

        Assert.False(below.Warn);
        Assert.True(at.Warn);
        Assert.Equal(3, at.MeetingsLastSixMonths);
        Assert.Equal([LinkedProcessKind.Sip, LinkedProcessKind.Bus, LinkedProcessKind.Bob], at.Forums.Select(f => f.Process.Kind));
    }

    [Fact]
    public void MeetingsOlderThanSixMonthsDoNotCount()
    {
        var burden = MeetingBurdenRules.Assess(Held(daysAgo: [10, 200, 400]), convenedNotClosed: 0, [], Now, warnAt: 2);

        Assert.Equal(1, burden.MeetingsLastSixMonths);
        Assert.False(burden.Warn);
    }

    [Fact]
    public void ZeroTurnsTheWarningOff() =>
        Assert.False(MeetingBurdenRules.Assess(Held(daysAgo: [1, 2, 3, 4, 5]), 0, Forums, Now, warnAt: 0).Warn);

    private static TeamMeetingRecord[] Held(int[] daysAgo) =>
        [.. daysAgo.Select(d => new TeamMeetingRecord(Guid.NewGuid(), Now.AddDays(-d), "erik-rektor", [], null))];

    private static LinkedProcessView Forum(LinkedProcessKind kind, LinkedProcessStatus status) =>
        new(Guid.NewGuid(), new LinkedProcessInput(kind, status, "Region", null), "erik-rektor", Now);
}
