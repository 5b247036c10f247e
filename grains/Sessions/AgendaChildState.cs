using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Sessions;

namespace BackaBarnet.Live.Grains.Sessions;

/// <summary>One child on the agenda: the live behovskompass and the plan being worked on.</summary>
[GenerateSerializer, Alias("bb.AgendaChildState")]
public sealed class AgendaChildState
{
    [Id(0)]
    public Guid ChildId { get; set; }

    [Id(1)]
    public string DisplayName { get; set; } = "";

    [Id(2)]
    public List<AreaRating> ChildOwnView { get; set; } = [];

    /// <summary>Each participant's own ratings; hidden from the others until <see cref="Revealed"/>.</summary>
    [Id(3)]
    public Dictionary<string, List<AreaRating>> Ratings { get; set; } = [];

    [Id(4)]
    public bool Revealed { get; set; }

    [Id(5)]
    public Dictionary<NeedsArea, int> Consensus { get; set; } = [];

    [Id(6)]
    public List<SessionPlanAction> Actions { get; set; } = [];

    /// <summary>Actions that came from the child's plan and were removed in the meeting.</summary>
    [Id(7)]
    public List<Guid> RemovedActionIds { get; set; } = [];

    [Id(8)]
    public SessionPlanDetails Details { get; set; } = new([], null, null, null);

    [Id(9)]
    public long DetailsVersion { get; set; }

    /// <summary>The child's record has received this meeting's outcome.</summary>
    [Id(10)]
    public bool Committed { get; set; }

    /// <summary>Who may see this child's information, kept current by the child's record while the meeting is open.</summary>
    [Id(11)]
    public ChildSharing? Sharing { get; set; }

    [Id(12)]
    public string? DetailsChangedBy { get; set; }

    [Id(13)]
    public DateTimeOffset? DetailsChangedAt { get; set; }

    /// <summary>Per area: who set the consensus last, and when.</summary>
    [Id(14)]
    public Dictionary<NeedsArea, AreaChange> ConsensusChanges { get; set; } = [];

    /// <summary>"Vårdnadshavarnas syn": the guardians' own rating in this meeting (they rate together; the last one saved counts).</summary>
    [Id(15)]
    public List<AreaRating> GuardianView { get; set; } = [];

    /// <summary>The child rated in this meeting: the rating goes to the record on close.</summary>
    [Id(16)]
    public bool ChildRatedHere { get; set; }

    [Id(17)]
    public bool GuardiansRatedHere { get; set; }

    public IReadOnlyList<AreaChange> ConsensusChangeList() => ConsensusChanges.OrderBy(c => c.Key).Select(c => c.Value).ToArray();

    public IReadOnlyList<AreaRating> ConsensusRatings() =>
        Consensus.OrderBy(c => c.Key).Select(c => new AreaRating(c.Key, c.Value)).ToArray();
}
