namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

/// <summary>
/// Statistical disclosure control for the pilot figures. A count from fewer than
/// <see cref="MinimumCellSize"/> children is never shown (primary suppression), and when the
/// parts of a shown total are suppressed, enough further parts are suppressed that
/// "total minus the shown parts" reveals only a sum of at least two hidden cells that together
/// hold at least <see cref="MinimumCellSize"/> children (complementary suppression).
/// </summary>
public static class SmallCellSuppression
{
    public const int MinimumCellSize = 5;

    public static bool IsSmall(int count) => count < MinimumCellSize;

    /// <summary>
    /// Adds complementary suppressions to <paramref name="suppressed"/> (parts of one total, same
    /// order as <paramref name="counts"/>), smallest parts first. Nothing to do when the total is
    /// itself hidden, or when nothing is hidden.
    /// </summary>
    /// <returns>True if it suppressed anything more.</returns>
    public static bool Complete(IReadOnlyList<int> counts, bool[] suppressed, bool totalSuppressed)
    {
        if (totalSuppressed)
        {
            return false;
        }

        var changed = false;
        while (IsRecoverable(counts, suppressed))
        {
            var next = Enumerable.Range(0, counts.Count).Where(i => !suppressed[i]).OrderBy(i => counts[i]).Cast<int?>().FirstOrDefault();
            if (next is not { } index)
            {
                break;
            }

            suppressed[index] = true;
            changed = true;
        }

        return changed;
    }

    /// <summary>
    /// Row and column totals both shown (a two-way table): completes rows and columns in turn
    /// until neither adds a suppression, so no hidden cell is alone in its row or its column.
    /// </summary>
    public static void CompleteTable(int[][] counts, bool[][] suppressed, bool[] rowTotalSuppressed, bool[] columnTotalSuppressed)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var r = 0; r < counts.Length; r++)
            {
                changed |= Complete(counts[r], suppressed[r], rowTotalSuppressed[r]);
            }

            for (var c = 0; c < columnTotalSuppressed.Length; c++)
            {
                var column = counts.Select(row => row[c]).ToArray();
                var hidden = suppressed.Select(row => row[c]).ToArray();
                if (Complete(column, hidden, columnTotalSuppressed[c]))
                {
                    changed = true;
                    for (var r = 0; r < counts.Length; r++)
                    {
                        suppressed[r][c] = hidden[r];
                    }
                }
            }
        }
    }

    private static bool IsRecoverable(IReadOnlyList<int> counts, bool[] suppressed)
    {
        var hidden = Enumerable.Range(0, counts.Count).Where(i => suppressed[i]).ToArray();
        return hidden.Length == 1 || (hidden.Length > 1 && hidden.Sum(i => counts[i]) < MinimumCellSize);
    }
}
