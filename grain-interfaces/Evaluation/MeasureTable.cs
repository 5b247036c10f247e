namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

/// <summary>
/// One measure broken down by every dimension, with small cells suppressed. A subset measure
/// (children with a plan among the active ones, …) also protects its complement: "all but two"
/// is as telling as "two".
/// </summary>
internal sealed class MeasureTable
{
    public MeasureTable(string name, IReadOnlyList<Contribution> contributions, StatisticsQuery query, MeasureTable? baseTable)
    {
        Name = name;
        Base = baseTable;
        Total = new MeasureRow(StatisticsDimensions.All, StatisticsDimensions.All, contributions);
        Total.Suppressed = IsPrimary(Total);
        foreach (var dimension in StatisticsDimensions.Breakdowns)
        {
            var rows = StatisticsDimensions.Groups(dimension, query)
                .Select(group => new MeasureRow(dimension, group, contributions
                    .Where(c => StatisticsDimensions.GroupOf(dimension, c.Group, c.Gender, query) == group).ToArray()))
                .ToArray();
            var suppressed = rows.Select(IsPrimary).ToArray();
            SmallCellSuppression.Complete(rows.Select(r => r.Children).ToArray(), suppressed, Total.Suppressed);
            if (baseTable is not null)
            {
                SmallCellSuppression.Complete(rows.Select(Complement).ToArray(), suppressed, Total.Suppressed);
            }

            for (var i = 0; i < rows.Length; i++)
            {
                rows[i].Suppressed = suppressed[i];
            }

            Breakdowns[dimension] = rows;
        }
    }

    public string Name { get; }

    public MeasureTable? Base { get; }

    public MeasureRow Total { get; }

    public Dictionary<string, MeasureRow[]> Breakdowns { get; } = [];

    public IEnumerable<MeasureRow> Rows => Breakdowns.Values.SelectMany(r => r).Prepend(Total);

    public MeasureRow BaseRow(MeasureRow row) =>
        row.Dimension == StatisticsDimensions.All ? Base!.Total : Base!.Breakdowns[row.Dimension].Single(r => r.Group == row.Group);

    private bool IsPrimary(MeasureRow row) =>
        SmallCellSuppression.IsSmall(row.Children) || (Base is not null && SmallCellSuppression.IsSmall(Complement(row)));

    private int Complement(MeasureRow row) => BaseRow(row).Children - row.Children;
}
