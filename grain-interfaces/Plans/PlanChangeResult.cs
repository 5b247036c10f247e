namespace BackaBarnet.Live.GrainInterfaces.Plans;

/// <summary>The plan after a change, with warnings the editor should see (e.g. an active SIP).</summary>
[GenerateSerializer, Alias("bb.PlanChangeResult")]
public sealed record PlanChangeResult(PlanView Plan, IReadOnlyList<string> Warnings)
{
    /// <summary>The child record's version after the change (the plan has its own in <see cref="PlanView.Version"/>).</summary>
    [Id(10)]
    public long RecordVersion { get; init; }

    /// <summary>The action this change added or changed: a client learns a new action's id without searching the plan for it.</summary>
    [Id(11)]
    public Guid? ActionId { get; init; }
}
