namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

/// <summary>The cells one measure table publishes; a suppressed row publishes nulls only.</summary>
internal static class StatisticsCells
{
    private static readonly string[] Buckets = [Measures.Improved, Measures.Unchanged, Measures.Worsened];

    public static IEnumerable<StatisticsCell> Of(MeasureTable table)
    {
        var buckets = table.Name.StartsWith(Measures.ChangeSinceBaseline, StringComparison.Ordinal) ? ProtectedBuckets(table) : null;
        foreach (var row in table.Rows)
        {
            StatisticsCell Cell(string statistic, double? value, bool suppressed = false) =>
                new(table.Name, row.Dimension, row.Group, statistic, row.Suppressed || suppressed ? null : value, row.Suppressed || suppressed);

            yield return Cell(Measures.Children, row.Children);
            switch (table.Name)
            {
                case Measures.ConcernsRaised or Measures.MeetingsHeld:
                    yield return Cell(Measures.Events, row.Contributions.Sum(c => c.Events));
                    break;
                case Measures.AcknowledgementTime:
                    var hours = row.Hours.Order().ToArray();
                    yield return Cell(Measures.Events, hours.Length);
                    yield return Cell(Measures.MedianHours, Percentile(hours, 50));
                    yield return Cell(Measures.P90Hours, Percentile(hours, 90));
                    break;
                case var _ when table.Base is not null:
                    // The share would give the base count away when the base is hidden.
                    var baseRow = table.BaseRow(row);
                    yield return Cell(Measures.Share, Math.Round((double)row.Children / baseRow.Children, 3), baseRow.Suppressed);
                    break;
                case var _ when buckets is not null:
                    yield return Cell(Measures.MeanChange, row.Children == 0 ? null : Math.Round(row.Changes.Average(), 2));
                    for (var b = 0; b < Buckets.Length; b++)
                    {
                        yield return Cell(Buckets[b], buckets[row].Counts[b], buckets[row].Suppressed[b]);
                    }

                    break;
            }
        }
    }

    /// <summary>Nearest-rank percentile of sorted values, in hours with one decimal.</summary>
    public static double? Percentile(IReadOnlyList<double> sorted, int percent) =>
        sorted.Count == 0 ? null : Math.Round(sorted[Math.Max(0, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)], 1);

    /// <summary>
    /// Improved / unchanged / worsened per group form a two-way table with the total row: each
    /// bucket is protected along its row and along its column.
    /// </summary>
    private static Dictionary<MeasureRow, (int[] Counts, bool[] Suppressed)> ProtectedBuckets(MeasureTable table)
    {
        static int[] CountsOf(MeasureRow row) =>
        [
            row.Changes.Count(c => c > 0),
            row.Changes.Count(c => c == 0),
            row.Changes.Count(c => c < 0),
        ];

        static bool[] Primary(MeasureRow row, int[] counts) => counts.Select(c => row.Suppressed || SmallCellSuppression.IsSmall(c)).ToArray();

        var result = new Dictionary<MeasureRow, (int[], bool[])>();
        var totalCounts = CountsOf(table.Total);
        var totalHidden = Primary(table.Total, totalCounts);
        SmallCellSuppression.Complete(totalCounts, totalHidden, table.Total.Suppressed);
        result[table.Total] = (totalCounts, totalHidden);
        foreach (var rows in table.Breakdowns.Values)
        {
            var counts = rows.Select(CountsOf).ToArray();
            var hidden = rows.Select((row, i) => Primary(row, counts[i])).ToArray();
            SmallCellSuppression.CompleteTable(counts, hidden, rows.Select(r => r.Suppressed).ToArray(), totalHidden);
            for (var i = 0; i < rows.Length; i++)
            {
                result[rows[i]] = (counts[i], hidden[i]);
            }
        }

        return result;
    }
}
