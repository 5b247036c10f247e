namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>
/// The answer to an edit. A stale edit (based on an item version someone else has moved past)
/// is not applied: <paramref name="RefusedBecause"/> says so, and the current value comes back.
/// </summary>
[GenerateSerializer, Alias("bb.EditOutcome")]
public sealed record EditOutcome(bool Applied, long SessionVersion, string? RefusedBecause = null)
{
    [Id(10)]
    public SessionPlanAction? CurrentAction { get; init; }

    [Id(11)]
    public SessionPlanDetails? CurrentDetails { get; init; }

    [Id(12)]
    public long? CurrentItemVersion { get; init; }

    /// <summary>An applied SaveAction: the action's id (new for a new action), so the client can edit it next.</summary>
    [Id(13)]
    public Guid? ActionId { get; init; }
}
