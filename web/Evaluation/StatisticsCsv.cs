using System.Globalization;
using System.Text;
using BackaBarnet.Live.GrainInterfaces.Evaluation;

namespace BackaBarnet.Live.Web.Evaluation;

/// <summary>The researchers' export: one row per cell, the columns of the data dictionary, the same suppression.</summary>
public static class StatisticsCsv
{
    public static string Write(PilotStatistics statistics)
    {
        var query = statistics.Query;
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(',', DataDictionary.Columns.Select(c => c.Name)));
        foreach (var cell in statistics.Cells)
        {
            string[] fields =
            [
                query.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                query.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                query.Unit ?? "",
                query.AgeBand?.ToString() ?? "",
                query.Gender?.ToString() ?? "",
                cell.Measure,
                cell.Dimension,
                cell.Group,
                cell.Statistic,
                cell.Value?.ToString(CultureInfo.InvariantCulture) ?? "",
                cell.Suppressed ? "true" : "false",
            ];
            csv.AppendLine(string.Join(',', fields.Select(Field)));
        }

        return csv.ToString();
    }

    /// <summary>Quotes where needed, and defuses text a spreadsheet would run as a formula.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' && !double.TryParse(value, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
