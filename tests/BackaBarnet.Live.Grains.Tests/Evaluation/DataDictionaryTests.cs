using BackaBarnet.Live.GrainInterfaces.Evaluation;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Grains.Tests.Evaluation;

public sealed class DataDictionaryTests
{
    [Fact]
    public void TheWrittenDataDictionaryDescribesEveryColumnMeasureAndStatisticTheExportHas()
    {
        var written = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "data-dictionary.md"));
        var names = DataDictionary.Columns.Concat(DataDictionary.MeasureEntries).Concat(DataDictionary.StatisticEntries).Select(e => e.Name);
        var cells = PilotStatisticsCalculator.Compute([], Facts.Year).Cells;

        Assert.All(names, name => Assert.Contains($"| `{name}` |", written));
        Assert.All(cells.Select(c => c.Statistic).Distinct(), s => Assert.Contains(DataDictionary.StatisticEntries, e => e.Name == s));
        Assert.All(cells.Select(c => c.Measure.Split(':')[0]).Distinct(), m => Assert.Contains(DataDictionary.MeasureEntries, e => e.Name.Split(':')[0] == m));
    }
}
