using AnalysisKit.Consistency;
using AnalysisKit.Reproduction;
using AnalysisKit.Tests.Reproduction;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Consistency;

/// <summary>
/// Numbers printed with an approximation word ("about 20%") claim only the precision of their
/// last significant digit; the checker and the ledger compare them within that range.
/// </summary>
public class ApproximateNumberTests
{
    private const string Id = "approx2024";

    [TestCase("about 20%", "about")]
    [TestCase("About 20%", "about")]
    [TestCase("approximately 10", "approximately")]
    [TestCase("~20%", "~")]
    [TestCase("nearly 50%", "nearly")]
    [TestCase("Twenty-nine", "")]
    [TestCase("abouts 20", "")]
    public void TheApproximationWordIsReadFromThePrintedText(string text, string word)
    {
        PrintedNumber.TryParse("20", out var reading);
        var printed = PrintedNumber.Worded(text, reading!);
        Assert.That(printed.Approximation, Is.EqualTo(word));
        Assert.That(printed.IsApproximate, Is.EqualTo(word.Length > 0));
        Assert.That(printed.Value, Is.EqualTo(20));
    }

    // Half a unit of the last significant digit: 20 → tens, 25 → units, 2.5 and 2.50 → tenths, 300 → hundreds.
    [TestCase("about 20%", "20", 15.0, 25.0)]
    [TestCase("about 25%", "25", 24.5, 25.5)]
    [TestCase("about 2.5", "2.5", 2.45, 2.55)]
    [TestCase("about 2.50", "2.50", 2.45, 2.55)]
    [TestCase("approximately 300", "300", 250.0, 350.0)]
    [TestCase("nearly 50%", "50", 45.0, 50.0)]
    [TestCase("19.1%", "19.1", 19.05, 19.15)]
    public void RangeCoveredByAPrintedNumber(string text, string value, double low, double high)
    {
        var printed = Printed(text, value);
        var (lo, hi) = PrintedAgreement.Range(printed);
        Assert.That(lo, Is.EqualTo(low).Within(1e-12));
        Assert.That(hi, Is.EqualTo(high).Within(1e-12));
    }

    // kim2020: 9/47 = 19.149% is "about 20%"; 12/47 = 25.53% is not; "nearly 50%" is not 51%.
    [TestCase("about 20%", "20", 100.0 * 9 / 47, true)]
    [TestCase("about 20%", "20", 100.0 * 12 / 47, false)]
    [TestCase("about 20%", "20", 15.0, true)]
    [TestCase("nearly 50%", "50", 48.9, true)]
    [TestCase("nearly 50%", "50", 51.0, false)]
    [TestCase("20%", "20", 19.149, false)]
    public void ApproximateAgreement(string text, string value, double computed, bool agrees) =>
        Assert.That(PrintedAgreement.Agrees(computed, Printed(text, value)), Is.EqualTo(agrees));

    [Test]
    public void Kim2020AboutTwentyPercentIsComparedWithinTheTens()
    {
        // Abstract, conclusions: "long-term survival in about 20% of the patients"; 47 enrolled.
        // 8/47 = 17.0% ... 11/47 = 23.4% lie in 15% to 25%; 7/47 = 14.9% and 12/47 = 25.5% do not.
        var trial = TrialCatalog.Open(RepositoryPaths.Of("data")).Load("kim2020");
        var id = ClaimId.Of("kim2020", "Abstract", "Conclusions", "Long-term survival after downstaging", "pct");
        var value = trial.Find(id)!;
        Assert.That((value.Text, value.Printed.Approximation, value.Value), Is.EqualTo(("about 20%", "about", (double?)20)));
        Assert.That(ConsistencyChecker.Check(trial), Is.Empty);
        var claim = ReproductionLedger.Reproduce(trial).Claims.Single(c => c.Id == id);
        Assert.That(claim.Status, Is.EqualTo(ClaimStatus.NotReproducible));
        Assert.That(claim.Note, Does.StartWith("count not printed; 'about 20%' covers 15% to 25%, so it implies 8, 9, 10 or 11 of 47"));
    }

    // 9 of 34 = 26.47%: "about 30%" covers 25% to 35% and agrees; "about 40%" covers 35% to 45% and does not.
    private const string Statements =
        TempTrialData.StatementsHeader
        + "Results,Characteristics,Female,n,count,number of women,9,9,34,false,20,\n"
        + "Results,Characteristics,Female,pct,percentage,percentage of women,about 30%,30,34,false,20,\n"
        + "Results,Response,Partial response,n,count,number of partial responses,9,9,34,false,21,\n"
        + "Results,Response,Partial response,pct,percentage,percentage of partial responses,about 40%,40,34,false,21,\n";

    [Test]
    public void ApproximatePercentageIsCheckedAgainstItsCountWithinItsRange()
    {
        using var data = new TempTrialData(Id, [TempTrialData.Statements()], new Dictionary<string, string> { ["statements.csv"] = Statements });
        var trial = TrialCatalog.Open(data.DataRoot).Load(Id);
        var finding = ConsistencyChecker.Check(trial).Single();
        Assert.That(finding.Check, Is.EqualTo(ConsistencyCheck.PercentageOfCount));
        Assert.That(finding.Explanation, Is.EqualTo(
            "percentage of partial responses: 9 of 34 is 26.47%, outside the 35% to 45% that 'about 40%' covers."));

        var claims = ReproductionLedger.Reproduce(trial).Claims;
        Assert.That(claims.Single(c => c.Id == ClaimId.Of(Id, "Results", "Characteristics", "Female", "pct")).Status, Is.EqualTo(ClaimStatus.Reproduced));
        Assert.That(claims.Single(c => c.Id == ClaimId.Of(Id, "Results", "Response", "Partial response", "pct")).Status, Is.EqualTo(ClaimStatus.Differs));
    }

    private static PrintedNumber Printed(string text, string value)
    {
        Assert.That(PrintedNumber.TryParse(value, out var reading), Is.True);
        return PrintedNumber.TryParse(text, out var direct) ? direct! : PrintedNumber.Worded(text, reading!);
    }
}
