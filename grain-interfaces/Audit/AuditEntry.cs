namespace BackaBarnet.Live.GrainInterfaces.Audit;

/// <summary>One access to child data: who (id, agency, title, care unit), what, which child, when, allowed or refused. Never a personnummer or free text.</summary>
[GenerateSerializer, Alias("bb.AuditEntry")]
public sealed record AuditEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string ProfessionalId,
    [property: Id(2)] string? Agency,
    [property: Id(3)] string? Title,
    [property: Id(4)] string Action,
    [property: Id(5)] Guid? ChildId)
{
    /// <summary>The relation or consent the access went through ("ChildContact, Full view"), or why it was refused.</summary>
    [Id(6)]
    public string? Through { get; init; }

    /// <summary>Makes the entry's rows unique, and a repeated write of the same entry land on the same rows.</summary>
    [Id(7)]
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>The care unit (vårdenhet, the directory's unit) the professional acted from; null for entries written before it was kept.</summary>
    [Id(8)]
    public string? CareUnit { get; init; }

    /// <summary>Whether the access was allowed or refused (<see cref="AuditOutcomes"/>); null for entries written before it was kept.</summary>
    [Id(9)]
    public string? Outcome { get; init; }
}
