using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Chronology;
using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Identity;
using BackaBarnet.Live.GrainInterfaces.LinkedProcesses;
using BackaBarnet.Live.GrainInterfaces.Plans;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>Persisted record of one child. Add members at the end; old rows must still read.</summary>
[GenerateSerializer, Alias("bb.ChildState")]
public sealed class ChildState
{
    [Id(0)]
    public bool IsRegistered { get; set; }

    [Id(1)]
    public string DisplayName { get; set; } = "";

    [Id(2)]
    public string ChildContactId { get; set; } = "";

    [Id(3)]
    public List<ConcernView> Concerns { get; set; } = [];

    [Id(4)]
    public long Version { get; set; }

    [Id(5)]
    public DateTimeOffset RegisteredAt { get; set; }

    [Id(6)]
    public string RegisteredBy { get; set; } = "";

    [Id(7)]
    public ChildContactRole ContactRole { get; set; }

    [Id(8)]
    public Personnummer? Personnummer { get; set; }

    [Id(9)]
    public List<Guardian> Guardians { get; set; } = [];

    [Id(10)]
    public List<ContactAssignment> ContactHistory { get; set; } = [];

    [Id(11)]
    public HandoverProposal? PendingHandover { get; set; }

    [Id(12)]
    public SupportDecline? SupportDeclined { get; set; }

    [Id(13)]
    public List<AssessmentView> Assessments { get; set; } = [];

    [Id(14)]
    public PlanState Plan { get; set; } = new();

    [Id(15)]
    public List<ConsentView> Consents { get; set; } = [];

    [Id(16)]
    public List<LinkedProcessView> LinkedProcesses { get; set; } = [];

    [Id(17)]
    public List<ChronologyEntry> Chronology { get; set; } = [];

    [Id(18)]
    public List<GrainInterfaces.Sessions.TeamMeetingRecord> TeamMeetings { get; set; } = [];

    /// <summary>The durable reminders registered for the plan, by name, with the date each is for.</summary>
    [Id(19)]
    public Dictionary<string, DateOnly> ScheduledReminders { get; set; } = [];

    /// <summary>Meetings about the child not yet closed: consent changes are passed on to them.</summary>
    [Id(20)]
    public List<Guid> OpenSessionIds { get; set; } = [];

    [Id(21)]
    public ChildGender Gender { get; set; }

    /// <summary>Recent raise requests by their idempotency key (see <see cref="ConcernRequests"/>), newest last.</summary>
    [Id(22)]
    public List<ConcernRequest> ConcernRequests { get; set; } = [];

    /// <summary>Alerts to the barnkontakt not yet confirmed delivered (see ChildGrain.AlertOutbox).</summary>
    [Id(23)]
    public List<GrainInterfaces.Professionals.ConcernAlert> AlertOutbox { get; set; } = [];

    /// <summary>Per agency kind, the guardians (by their number on the record) who said yes from their own device.</summary>
    [Id(24)]
    public Dictionary<GrainInterfaces.Domain.AgencyKind, List<int>> FamilyConsentYes { get; set; } = [];

    /// <summary>How many of the oldest chronology entries are in the archive table, not in <see cref="Chronology"/>.</summary>
    [Id(25)]
    public int ArchivedChronologyEntries { get; set; }

    /// <summary>One instant per day of the archived entries: the statistics count days with activity.</summary>
    [Id(26)]
    public List<DateTimeOffset> ArchivedActivity { get; set; } = [];

    /// <summary>Requests for support sent to other agencies (begäran om insats), oldest first.</summary>
    [Id(27)]
    public List<GrainInterfaces.SupportRequests.SupportRequestView> SupportRequests { get; set; } = [];

    /// <summary>How many handled concerns are in the archive table, not in <see cref="Concerns"/> (the last one's archive sequence).</summary>
    [Id(28)]
    public long ArchivedConcerns { get; set; }

    /// <summary>The statistics facts of the archived concerns, equal ones counted together (see ChildGrain.ConcernArchive).</summary>
    [Id(29)]
    public List<ArchivedConcernEvents> ArchivedConcernEvents { get; set; } = [];
}

/// <summary><see cref="Count"/> archived concerns that each gave the statistics this same fact.</summary>
[GenerateSerializer, Alias("bb.ArchivedConcernEvents")]
public sealed record ArchivedConcernEvents(GrainInterfaces.Evaluation.EvaluationEvent Event, int Count);
