using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Identity;
using BackaBarnet.Live.GrainInterfaces.LinkedProcesses;
using BackaBarnet.Live.GrainInterfaces.Plans;

namespace BackaBarnet.Live.GrainInterfaces.Children;

/// <summary>The child's record as the owning grain sees it at <paramref name="Version"/>.</summary>
[GenerateSerializer, Alias("bb.ChildSnapshot")]
public sealed record ChildSnapshot(
    Guid ChildId,
    string DisplayName,
    string ChildContactId,
    IReadOnlyList<ConcernView> OpenConcerns,
    long Version)
{
    [Id(10)]
    public ChildContactRole ContactRole { get; init; }

    [Id(11)]
    public Personnummer? Personnummer { get; init; }

    [Id(12)]
    public DateOnly? BirthDate { get; init; }

    [Id(13)]
    public int? Age { get; init; }

    [Id(14)]
    public AgeBand? AgeBand { get; init; }

    [Id(15)]
    public IReadOnlyList<Guardian> Guardians { get; init; } = [];

    [Id(16)]
    public IReadOnlyList<ContactAssignment> ContactHistory { get; init; } = [];

    [Id(17)]
    public HandoverProposal? PendingHandover { get; init; }

    [Id(18)]
    public SupportDecline? SupportDeclined { get; init; }

    [Id(19)]
    public IReadOnlyList<ConcernView> Concerns { get; init; } = [];

    [Id(20)]
    public IReadOnlyList<AssessmentView> Assessments { get; init; } = [];

    [Id(21)]
    public PlanView? Plan { get; init; }

    [Id(22)]
    public IReadOnlyList<ConsentView> Consents { get; init; } = [];

    [Id(23)]
    public IReadOnlyList<LinkedProcessView> LinkedProcesses { get; init; } = [];

    /// <summary>False while the family has declined barnkontakt support.</summary>
    [Id(24)]
    public bool CanConveneTeamSession { get; init; }

    /// <summary>"One child, one plan" warnings, such as an active SIP.</summary>
    [Id(25)]
    public IReadOnlyList<string> Warnings { get; init; } = [];

    [Id(26)]
    public IReadOnlyList<Sessions.TeamMeetingRecord> TeamMeetings { get; init; } = [];

    /// <summary>The agency kinds a guardian's consent covers today (see <see cref="Consents.ChildSharing"/>).</summary>
    [Id(27)]
    public IReadOnlyList<Domain.AgencyKind> ConsentedAgencies { get; init; } = [];

    /// <summary>The caller's relation and view, set by the web node when it answers; null inside the cluster.</summary>
    [Id(28)]
    public RecordAccess? Access { get; init; }

    [Id(29)]
    public ChildGender Gender { get; init; }

    /// <summary>Requests for support sent to other agencies and their answers (full view only).</summary>
    [Id(30)]
    public IReadOnlyList<SupportRequests.SupportRequestView> SupportRequests { get; init; } = [];

    /// <summary>The forums the child is in and the meetings about them lately, with the warning (full view only).</summary>
    [Id(31)]
    public LinkedProcesses.MeetingBurden? MeetingBurden { get; init; }

    /// <summary>How many older handled concerns are in the archive, not in <see cref="Concerns"/>: read them from GET …/concerns/closed.</summary>
    [Id(32)]
    public long ArchivedHandledConcerns { get; init; }
}
