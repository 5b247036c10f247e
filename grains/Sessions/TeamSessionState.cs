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

    /// <summary>The most recent events, for clients that reconnect; older ones get a snapshot instead.</summary>
    [Id(11)]
    public List<SessionEvent> RecentEvents { get; set; } = [];

    [Id(12)]
    public List<string> Warnings { get; set; } = [];

    [Id(13)]
    public DateTimeOffset? OpenedAt { get; set; }

    [Id(14)]
    public DateTimeOffset? ClosedAt { get; set; }

    public bool IsInvited(string participantId) => Participants.Any(p => p.ParticipantId == participantId);

    public AgendaChildState? Child(Guid childId) => Agenda.FirstOrDefault(c => c.ChildId == childId);
}
