using System.Text.Json.Serialization;

namespace BackaBarnet.Live.Benchmarks.Peer;

// The peer's own types. Their JSON has the same names and shape as the product's, so one load
// generator drives both and the events on the wire are of the same size.

[JsonConverter(typeof(JsonStringEnumConverter<NeedsArea>))]
public enum NeedsArea { Respected, Developing, CaredFor, Safe, Healthy, Leisure, Belonging, Responsible }

[JsonConverter(typeof(JsonStringEnumConverter<AgencyKind>))]
public enum AgencyKind { SchoolOrPreschool, SocialServices, ChildHealth, ChildPsychiatry, Police, MaternityCare }

[JsonConverter(typeof(JsonStringEnumConverter<ActionStatus>))]
public enum ActionStatus { Planned, Active, Done, Cancelled }

[JsonConverter(typeof(JsonStringEnumConverter<EventKind>))]
public enum EventKind { PresenceChanged, RatingsSubmitted, RatingsRevealed, ConsensusSet, PlanActionSaved, PlanActionRemoved, PlanDetailsSaved, StatusChanged }

public sealed record AreaRating(NeedsArea Area, int Value, string? Note = null);

public sealed record Goal(string Text, IReadOnlyList<NeedsArea> Areas);

public sealed record ActionInput(string What, AgencyKind Agency, string? AssigneeId, DateOnly? Due, ActionStatus Status = ActionStatus.Planned, bool SharedWithFamily = true);

public sealed record PlanDetails(IReadOnlyList<Goal> Goals, string? SupportCoordinatorId, DateOnly? NextFollowUp, string? Minutes, bool GoalsSharedWithFamily = true, bool MinutesSharedWithFamily = false);

public sealed record PlanAction(Guid ActionId, string What, AgencyKind Agency, string? AssigneeId, DateOnly? Due, ActionStatus Status, long ItemVersion, string ChangedBy, DateTimeOffset ChangedAt, bool SharedWithFamily);

public sealed record AreaSpread(NeedsArea Area, int Count, int Min, int Max, double Mean, bool Disagreement);

public sealed record AreaChange(NeedsArea Area, string By, DateTimeOffset At);

/// <summary>One change to a meeting at its version, as the group receives it.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record MeetingEvent(long Version, EventKind Kind, DateTimeOffset At, string ActorId)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Guid? ChildId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RatedBy { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<AreaSpread>? Spread { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<AreaRating>? Consensus { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<AreaChange>? ConsensusChanges { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PlanAction? Action { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PlanDetails? Details { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? DetailsVersion { get; init; }
}

/// <summary>The answer to an edit: applied at a version, or refused as stale.</summary>
public sealed record EditOutcome(bool Applied, long SessionVersion, string? RefusedBecause = null, Guid? ActionId = null);

public sealed record Joined(Guid SessionId, long Version);

public sealed record TokenRequest(string ProfessionalId);

public sealed record TokenResponse(string Token);

public sealed record NewMeeting(IReadOnlyList<string> ParticipantIds);

public sealed record MeetingCreated(Guid SessionId, Guid ChildId, long Version);

public sealed record NewChild(string DisplayName, string ChildContactId);

public sealed record ChildCreated(Guid ChildId);

public sealed record RaiseConcern(string? Text, string[]? Areas);

public sealed record Concern(Guid ConcernId, string ReporterId, string Text, IReadOnlyList<NeedsArea> Areas, DateTimeOffset RaisedAt, string Status);

public sealed record ConcernAlert(Guid ChildId, string ChildDisplayName, Concern Concern, long ChildVersion);
