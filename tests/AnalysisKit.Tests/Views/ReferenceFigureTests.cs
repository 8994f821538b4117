using AnalysisKit.Comparison;
using AnalysisKit.Data;
using AnalysisKit.Trials;
using AnalysisKit.Views;

namespace AnalysisKit.Tests.Views;

public class ReferenceFigureTests
{
    [Test]
    public void ReadsTheFiguresAsKaseb2021PrintsThem()
    {
        var figures = ReferenceFigure.Load(TrialCatalog.FindDataRoot());
        // kaseb2021 line 399: SHARP median OS 10.7 months (sorafenib) versus 7.9 (placebo), reference 9.
        var sharp = figures[0];
        Assert.That((sharp.Study, sharp.Arm, sharp.Endpoint, sharp.Value, sharp.SeedLine, sharp.ComparableEndpoint, sharp.Reference),
            Is.EqualTo(("SHARP", "sorafenib", "OS", 10.7, 399, (string?)"os", "9")));
        Assert.That(figures[1].ComparableEndpoint, Is.Null, "the placebo arm is not a comparable figure");
        // kaseb2021 line 565: Sangro et al., median OS 10 (95% CI 7.7-10.9) months in BCLC C.
        var withInterval = figures.Single(f => f.Value == 10 && f.Lower == 7.7);
        Assert.That(withInterval.Upper, Is.EqualTo(10.9));
        Assert.That(new ReferenceFiguresView(figures).Table().Rows, Has.Count.EqualTo(figures.Count));
    }

    [Test]
    public void ABadNumberNamesFileLineAndColumn()
    {
        var root = Directory.CreateTempSubdirectory().FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "external"));
            File.WriteAllText(Path.Combine(root, "external", ReferenceFigure.FileName),
                "id,study,arm,population,endpoint,statistic,printed,value,ci_lower,ci_upper,reference,seed_line,comparable_endpoint,note,source_sentence\n"
                + "a,S,x,p,OS,median (months),10,10,seven,,1,5,os,,s\n");
            var error = Assert.Throws<DataFileException>(() => ReferenceFigure.Load(root));
            Assert.That(error!.Message, Does.Contain("ci_lower").And.Contain("seven"));
        }
        finally { Directory.Delete(root, true); }
    }
}

public class ReferenceMediansAlongsideTests
{
    [Test]
    public void TrialMediansSitBesideTheComparableReferenceMediansShortestFirst()
    {
        var catalog = TrialCatalog.OpenRepository();
        var figures = ReferenceFigure.Load(catalog.DataRoot);
        var comparison = SurvivalComparison.Compare(SurvivalCohorts.Of(catalog, "pfs"), [6]);
        var rows = new ReferenceFiguresView(figures).Alongside(comparison, "pfs").Rows;
        var medians = rows.Select(r => double.Parse(r[2].Text, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(medians, Is.Ordered);
        // Three synthetic PFS cohorts and the two PFS medians kaseb2021 cites: SHARP 5.5 (line 399), IMbrave150 6.8 (line 401).
        Assert.That(rows, Has.Count.EqualTo(5));
        Assert.That(rows.Where(r => r[4].Text.StartsWith("printed", StringComparison.Ordinal)).Select(r => (r[0].Text, r[2].Text, r[4].Text)),
            Is.EqualTo(new[] { ("SHARP", "5.50", "printed in kaseb2021 line 399"), ("IMbrave150", "6.80", "printed in kaseb2021 line 401") }));
        // Each trial's median is its Kaplan–Meier median, as the comparison computed it.
        foreach (var r in comparison.Rows)
            Assert.That(rows.Single(x => x[0].Text == r.Cohort.Trial)[2].Text, Is.EqualTo(r.Curve.Median.Time.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
