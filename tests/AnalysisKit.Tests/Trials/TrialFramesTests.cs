using AnalysisKit.Frames;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;
using Deedle;

namespace AnalysisKit.Tests.Trials;

public class TrialFramesTests
{
    private static readonly Trial Kaseb = TrialCatalog.Open(RepositoryPaths.Of("data")).Load("kaseb2021");

    [Test]
    public void SubgroupSurvivalFrameHasTypedColumnsAndMissingCells()
    {
        var frame = TrialFrames.SubgroupSurvival(Kaseb.SurvivalTable("Table5"));
        Assert.That(frame.RowCount, Is.EqualTo(67));
        Assert.That(frame.ColumnKeys, Is.EqualTo(new[] { "row_group", "row_label", "n", "events", "median", "median_lower",
            "median_upper", "s12", "s12_lower", "s12_upper", "s24", "s24_lower", "s24_upper", "p", "seed_line" }));
        Assert.That(frame.ColumnTypes.Take(4), Is.EqualTo(new[] { typeof(string), typeof(string), typeof(int), typeof(int) }));
        Assert.That(frame.ColumnTypes.Skip(4).Take(10), Is.All.EqualTo(typeof(double)));

        // Row 0 is All patients (source line 408): 34, 32, 12.25 (7.75, 19.48).
        Assert.That(frame.GetColumn<string>("row_group")[0], Is.EqualTo("All"));
        Assert.That(frame.GetColumn<int>("events")[0], Is.EqualTo(32));
        Assert.That(frame.GetColumn<double>("median_upper")[0], Is.EqualTo(19.48));
        // Row 1 is Sex / Female (line 409): upper median limit NA, p 0.055.
        Assert.That(frame.GetColumn<double>("median_upper").TryGet(1).HasValue, Is.False);
        Assert.That(frame.GetColumn<double>("p")[1], Is.EqualTo(0.055));
        // Row 2 is Sex / Male: the group's p is printed on the first row only.
        Assert.That(frame.GetColumn<double>("p").TryGet(2).HasValue, Is.False);
        Assert.That(frame.GetColumn<int>("seed_line")[2], Is.EqualTo(410));
        // Mean of the printed n column over all 67 rows equals the sum of printed n / 67.
        var expected = Kaseb.SurvivalTable("Table5").Rows.Sum(r => r.N!.Value!.Value) / 67.0;
        Assert.That(frame.GetColumn<double>("n").Mean(), Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void PublishedValuesFrameKeepsIdsTextAndDecimals()
    {
        var values = Kaseb.PublishedValues.Where(v => v.Table == "Table3").ToList();
        var frame = TrialFrames.PublishedValues(values);
        Assert.That(frame.RowCount, Is.EqualTo(8), "Table 3 prints 4 rows of n and %");
        Assert.That(frame.GetColumn<string>("id")[0], Is.EqualTo("kaseb2021/Table3/CT at week 16/Off-study/n"));
        Assert.That(frame.GetColumn<string>("printed")[1], Is.EqualTo("5.8%"));
        Assert.That(frame.GetColumn<double>("value")[1], Is.EqualTo(5.8));
        Assert.That(frame.GetColumn<int>("decimals")[1], Is.EqualTo(1));
        Assert.That(frame.GetColumn<string>("kind")[1], Is.EqualTo("percentage"));
        Assert.That(frame.GetColumnAt<int>(frame.ColumnCount - 1).Values, Is.EqualTo(new[] { 292, 292, 293, 293, 294, 294, 295, 295 }));
    }

    [Test]
    public void NotAvailableValuesAreMissing()
    {
        var values = Kaseb.PublishedValues.Where(v => v.Id.StartsWith("kaseb2021/Table6/Child-Pugh/B/", StringComparison.Ordinal)).ToList();
        var frame = TrialFrames.PublishedValues(values);
        // Line 494: 1, 0, NA (NA, NA), 1 (1, 1): eight printed cells, three of them NA.
        Assert.That(frame.RowCount, Is.EqualTo(8));
        Assert.That(frame.GetColumn<double>("value").ValueCount, Is.EqualTo(5));
        Assert.That(frame.GetColumn<string>("printed").Values.Count(t => t == "NA"), Is.EqualTo(3));
    }
}
