namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

/// <summary>One group's contributions to one measure, before and after suppression.</summary>
internal sealed class MeasureRow(string dimension, string group, IReadOnlyList<Contribution> contributions)
{
    public string Dimension { get; } = dimension;

    public string Group { get; } = group;

    public IReadOnlyList<Contribution> Contributions { get; } = contributions;

    public int Children { get; } = contributions.Select(c => c.Child).Distinct().Count();

    public bool Suppressed { get; set; }

    public IEnumerable<double> Hours => Contributions.SelectMany(c => c.Hours ?? []);

    public IEnumerable<int> Changes => Contributions.Where(c => c.Change is not null).Select(c => c.Change!.Value);
}
