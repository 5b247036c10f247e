using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.GrainInterfaces.Sessions;

namespace BackaBarnet.Live.Grains.Professionals;

[GenerateSerializer, Alias("bb.ProfessionalState")]
public sealed class ProfessionalState
{
    [Id(0)]
    public List<CaseloadEntry> Caseload { get; set; } = [];

    [Id(1)]
    public List<ConcernAlert> OpenAlerts { get; set; } = [];

    [Id(2)]
    public List<SessionInvitation> SessionInvitations { get; set; } = [];

    [Id(3)]
    public List<ActionAssignment> Assignments { get; set; } = [];

    /// <summary>The inbox, oldest first.</summary>
    [Id(4)]
    public List<Notification> Inbox { get; set; } = [];

    [Id(5)]
    public int Archived { get; set; }

    /// <summary>
    /// Before the inbox archive table: ids of every archived notification, a set that only grew.
    /// Read from old rows and moved to the archive table on activation (see ProfessionalGrain.InboxArchive).
    /// </summary>
    [Id(6)]
    public HashSet<Guid> ArchivedIds { get; set; } = [];

    /// <summary>E-mail notices not yet sent, oldest first (see ProfessionalGrain.Notices.cs).</summary>
    [Id(7)]
    public List<PendingNotice> PendingNotices { get; set; } = [];

    /// <summary>Null until the person chooses: <see cref="NoticePreferences.Default"/>.</summary>
    [Id(8)]
    public NoticePreferences? NoticePreferences { get; set; }

    /// <summary>The newest <see cref="GrainInterfaces.Notifications.Notification.At"/> ever archived: a delivery newer than it cannot be an archived one.</summary>
    [Id(9)]
    public DateTimeOffset? ArchivedUpTo { get; set; }

    /// <summary>The most recently archived ids, oldest first, bounded: a redelivery soon after archiving needs no table read.</summary>
    [Id(10)]
    public List<Guid> RecentlyArchivedIds { get; set; } = [];
}
