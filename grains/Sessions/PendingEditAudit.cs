namespace BackaBarnet.Live.Grains.Sessions;

/// <summary>
/// One participant's edits of one child's information in a meeting, not yet in the audit table:
/// what they did and how often, from the first edit to the last. Becomes one audit entry.
/// </summary>
[GenerateSerializer, Alias("bb.PendingEditAudit")]
public sealed class PendingEditAudit
{
    /// <summary>Stays the same until the entry is written, so a repeated write lands on the same rows.</summary>
    [Id(0)]
    public Guid Id { get; set; } = Guid.NewGuid();

    [Id(1)]
    public string ProfessionalId { get; set; } = "";

    [Id(2)]
    public Guid ChildId { get; set; }

    [Id(3)]
    public DateTimeOffset First { get; set; }

    /// <summary>What was done ("rated", "saved a plan action") and how many times, in the order first done.</summary>
    [Id(4)]
    public Dictionary<string, int> Edits { get; set; } = [];

    public string Summary() => string.Join(", ", Edits.Select(edit => edit.Value == 1 ? edit.Key : $"{edit.Key} ×{edit.Value}"));
}
