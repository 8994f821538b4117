using AnalysisKit.Frames;
using AnalysisKit.Reproduction;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Frames;

public class LedgerFramesTests
{
    private static readonly TrialReproduction Chen =
        ReproductionLedger.Reproduce(TrialCatalog.Open(RepositoryPaths.Of("data")).Load("chen2014"));

    [Test]
    public void ClaimsFrameHasOneTypedRowPerClaim()
    {
        var frame = LedgerFrames.Claims(Chen.Claims);
        // chen2014's abstract prints 26 numbers (statements.csv has 26 rows).
        Assert.That(frame.RowCount, Is.EqualTo(26));
        Assert.That(frame.RowKeys, Is.EqualTo(Enumerable.Range(0, 26)));
        Assert.That(frame.ColumnKeys, Is.EqualTo(new[] { "id", "trial", "source", "table", "row_group", "row_label", "column", "kind",
            "quantity", "published", "reproduced", "status", "synthetic", "denominator", "denominator_inferred", "conflicts_with", "note", "seed_line" }));
        Assert.That(frame.ColumnTypes, Is.EqualTo(new[] { typeof(string), typeof(string), typeof(string), typeof(string), typeof(string),
            typeof(string), typeof(string), typeof(string), typeof(string), typeof(string), typeof(double), typeof(string), typeof(bool),
            typeof(int), typeof(bool), typeof(string), typeof(string), typeof(int) }));
    }

    [Test]
    public void ClaimsFrameHoldsThePrintedCells()
    {
        var frame = LedgerFrames.Claims(Chen.Claims);
        // statements.csv row 1: Abstract,Patients,Treated,n,count,...,Forty,40,,,8
        Assert.That(frame.GetColumn<string>("id")[0], Is.EqualTo("chen2014/Abstract/Patients/Treated/n"));
        Assert.That(frame.GetColumn<string>("published")[0], Is.EqualTo("Forty"));
        Assert.That(frame.GetColumn<int>("seed_line")[0], Is.EqualTo(8));
        Assert.That(frame.GetColumn<int>("denominator").TryGet(0).HasValue, Is.False, "no denominator printed or inferred");
        // Row 11: Completed allocated RT, pct, "83%", denominator 40 (inferred), line 10; 33/40 = 82.5%.
        Assert.That(frame.GetColumn<string>("row_label")[11], Is.EqualTo("Completed allocated RT"));
        Assert.That(frame.GetColumn<string>("published")[11], Is.EqualTo("83%"));
        Assert.That(frame.GetColumn<int>("denominator")[11], Is.EqualTo(40));
        Assert.That(frame.GetColumn<bool>("denominator_inferred")[11], Is.True);
        Assert.That(frame.GetColumn<double>("reproduced")[11], Is.EqualTo(82.5).Within(1e-9));
        // README status line: chen2014 26 claims, 7 reproduced, 19 not reproducible.
        var status = frame.GetColumn<string>("status").Values.ToList();
        Assert.That(status.Count(s => s == "reproduced"), Is.EqualTo(7));
        Assert.That(status.Count(s => s == "not-reproducible"), Is.EqualTo(19));
    }

    [Test]
    public void ClaimWithoutKitNumberIsMissing()
    {
        var frame = LedgerFrames.Claims(Chen.Claims);
        // Row 1 is the sorafenib dose (400 mg): a protocol figure no data in the kit holds.
        Assert.That(frame.GetColumn<string>("status")[1], Is.EqualTo("not-reproducible"));
        Assert.That(frame.GetColumn<double>("reproduced").TryGet(1).HasValue, Is.False);
        Assert.That(frame.GetColumn<string>("conflicts_with").ValueCount, Is.EqualTo(0), "chen2014 has no conflict");
    }
}
