using BackaBarnet.Live.GrainInterfaces.Concerns;
using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Children;

[GenerateSerializer, Alias("bb.ConcernView")]
public sealed record ConcernView(
    Guid ConcernId,
    string ReporterId,
    string Text,
    IReadOnlyList<NeedsArea> Areas,
    DateTimeOffset RaisedAt,
    ConcernStatus Status)
{
    [Id(10)]
    public ConcernSource Source { get; init; }

    [Id(11)]
    public string? OnBehalfOfGuardian { get; init; }

    /// <summary>The family had declined barnkontakt support when this was raised.</summary>
    [Id(12)]
    public bool RaisedWhileSupportDeclined { get; init; }

    /// <summary>The reporter marked that the child may be at risk: an orosanmälan must be made.</summary>
    [Id(13)]
    public bool MandatoryReportRequired { get; init; }

    [Id(14)]
    public MandatoryReport? MandatoryReport { get; init; }

    [Id(15)]
    public string? AcknowledgedBy { get; init; }

    [Id(16)]
    public DateTimeOffset? AcknowledgedAt { get; init; }

    /// <summary>What was done (Handled) or why it goes to the team (ReferredToTeam).</summary>
    [Id(17)]
    public string? Outcome { get; init; }

    [Id(18)]
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The child record's version at which the concern was raised.</summary>
    [Id(19)]
    public long RecordVersion { get; init; }

    /// <summary>When the concern goes to the barnkontakt's stand-in or manager if it is still not acknowledged.</summary>
    [Id(20)]
    public DateTimeOffset? EscalateAt { get; init; }

    /// <summary>"Eskalerad": when it went on, unacknowledged.</summary>
    [Id(21)]
    public DateTimeOffset? EscalatedAt { get; init; }

    /// <summary>Who it went to (the unit's stand-in, else its manager); null if the directory names neither.</summary>
    [Id(22)]
    public string? EscalatedTo { get; init; }

    public bool IsOpen => Status != ConcernStatus.Handled;
}
