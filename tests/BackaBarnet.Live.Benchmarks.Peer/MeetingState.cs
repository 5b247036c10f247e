namespace BackaBarnet.Live.Benchmarks.Peer;

/// <summary>What the peer stores for one meeting: the whole state as one row, written on every edit.</summary>
public sealed class MeetingState
{
    public Guid SessionId { get; set; }

    public Guid ChildId { get; set; }

    public List<string> Participants { get; set; } = [];

    public long Version { get; set; }

    public Dictionary<string, AreaRating[]> Ratings { get; set; } = [];

    public Dictionary<NeedsArea, int> Consensus { get; set; } = [];

    public Dictionary<NeedsArea, AreaChange> ConsensusChanges { get; set; } = [];

    public Dictionary<Guid, PlanAction> Actions { get; set; } = [];

    public PlanDetails? Details { get; set; }

    public long DetailsVersion { get; set; }
}
