using BackaBarnet.Live.GrainInterfaces.Sessions;

namespace BackaBarnet.Live.GrainInterfaces.LinkedProcesses;

public static class MeetingBurdenRules
{
    public const int DefaultWarnAt = 4;

    public static MeetingBurden Assess(
        IEnumerable<TeamMeetingRecord> held, int convenedNotClosed, IEnumerable<LinkedProcessView> processes, DateTimeOffset now, int warnAt)
    {
        var since = now.AddMonths(-6);
        var meetings = held.Count(m => m.HeldAt >= since) + convenedNotClosed;
        var forums = processes.Where(p => p.Process.Status != LinkedProcessStatus.Closed).ToArray();
        return new MeetingBurden(meetings, forums, warnAt, warnAt > 0 && meetings >= warnAt);
    }
}
