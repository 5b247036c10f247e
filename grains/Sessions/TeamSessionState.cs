using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.GrainInterfaces.Sessions;

namespace BackaBarnet.Live.Grains.Sessions;

[GenerateSerializer, Alias("bb.TeamSessionState")]
public sealed class TeamSessionState
{
    [Id(0)]
    public bool IsConvened { get; set; }

    [Id(1)]
    public SessionKind Kind { get; set; }

    [Id(2)]
    public SessionStatus Status { get; set; }

    [Id(3)]
    public string ConvenerId { get; set; } = "";

    [Id(4)]
    public DateTimeOffset ScheduledAt { get; set; }

    [Id(5)]
    public List<InvitedParticipant> Participants { get; set; } = [];

    [Id(6)]
    public Dictionary<string, PresenceState> Presence { get; set; } = [];

    /// <summary>Open connections per participant (web node + connection id); several tabs count once.</summary>
    [Id(7)]
    public Dictionary<string, HashSet<string>> Connections { get; set; } = [];

    /// <summary>When a participant whose last connection dropped is given up as gone.</summary>
    [Id(8)]
    public Dictionary<string, DateTimeOffset> ReconnectDeadlines { get; set; } = [];

    [Id(9)]
    public List<AgendaChildState> Agenda { get; set; } = [];

    [Id(10)]
    public long Version { get; set; }

    [Id(12)]
    public List<string> Warnings { get; set; } = [];

    [Id(13)]
    public DateTimeOffset? OpenedAt { get; set; }

    [Id(14)]
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>
    /// The audit of edits, stored with the edit itself and moved to the audit table shortly after
    /// (see TeamSessionGrain.Audit.cs): an edit is never stored without its audit.
    /// </summary>
    [Id(15)]
    public List<PendingEditAudit> PendingAudit { get; set; } = [];

    [Id(16)]
    public string? VideoLink { get; set; }

    /// <summary>The iCalendar SEQUENCE: 0 at the invitation, one more at each reschedule and at the cancellation.</summary>
    [Id(17)]
    public int CalendarSequence { get; set; }

    public bool IsInvited(string participantId) => Participants.Any(p => p.ParticipantId == participantId);

    /// <summary>Whether this participant may see the child's information, by the guardians' consent for their agency.</summary>
    public bool Sees(string participantId, AgendaChildState child)
    {
        if (child.Sharing is not { } sharing)
        {
            return true;
        }

        var agency = Participants.FirstOrDefault(p => p.ParticipantId == participantId)?.Agency;
        return sharing.SeesEverything(participantId, AgencyKinds.OfDirectoryAgency(agency));
    }

    /// <summary>The participants who join from their own screens (guardians and the child take part in the room).</summary>
    public IEnumerable<string> ProfessionalIds() => Participants
        .Where(p => p.Kind is ParticipantKind.Professional or ParticipantKind.ConcernReporter)
        .Select(p => p.ParticipantId);

    /// <summary>The professionals in the meeting who may not see this child's information.</summary>
    public IReadOnlyList<string> WithheldFrom(AgendaChildState child) => ProfessionalIds().Where(id => !Sees(id, child)).ToArray();

    public AgendaChildState? Child(Guid childId) => Agenda.FirstOrDefault(c => c.ChildId == childId);
}
