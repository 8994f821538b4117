using System.Globalization;
using System.Text.Json;
using AnalysisKit.Consistency;
using AnalysisKit.Survival;
using AnalysisKit.Tests.Survival;

namespace AnalysisKit.Tests.Consistency;

/// <summary>
/// The median the kit compares with printed medians (<see cref="PrintedSurvival.Options"/>) is R's
/// <c>quantile(fit, probs = 0.5)</c>, on the curves of tests/reference/km/quantile_rule.json
/// (R survival 3.5.3, conf.type = "log") where it differs from <c>print.survfit</c>; the kit's
/// default options (users' own analyses, the CLI) still give <c>print.survfit</c>'s reading.
/// Tolerance 1e-9 relative (absolute floor 1e-12); R's NA must be NaN.
/// </summary>
public class PrintedSurvivalMedianTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        ReferenceFile.Cases("km", "quantile_rule.json").Select(c => new TestCaseData(c.GetProperty("name").GetString()).SetName(c.GetProperty("name").GetString()));

    [TestCaseSource(nameof(Cases))]
    public void MedianIsRsQuantileSurvfit(string name)
    {
        var (time, died, quantile, _) = Case(name);
        var median = KaplanMeier.Fit(time, died, PrintedSurvival.Options).Median;
        AssertReading(median, quantile, "quantile.survfit");
    }

    [TestCaseSource(nameof(Cases))]
    public void DefaultOptionsKeepPrintSurvfit(string name)
    {
        var (time, died, _, print) = Case(name);
        var median = KaplanMeier.Fit(time, died).Median;
        AssertReading(median, print, "print.survfit");
    }

    [Test]
    public void EveryCaseButTheControlDiffersBetweenTheTwoRules()
    {
        var differing = ReferenceFile.Cases("km", "quantile_rule.json")
            .Where(c => !c.GetProperty("quantile").EnumerateArray().Select(e => e.GetString()).SequenceEqual(c.GetProperty("print").EnumerateArray().Select(e => e.GetString())))
            .Select(c => c.GetProperty("name").GetString())
            .ToList();
        Assert.That(differing, Has.Count.EqualTo(ReferenceFile.Cases("km", "quantile_rule.json").Count - 1));
        Assert.That(differing, Does.Not.Contain("flat_on_half_then_drops"));
    }

    private static void AssertReading(SurvivalQuantile median, double[] expected, string rule)
    {
        Assert.Multiple(() =>
        {
            Assert.That(median.Time, Is.EqualTo(expected[0]).Within(Tolerance(expected[0])), $"{rule} median");
            Assert.That(median.Lower, Is.EqualTo(expected[1]).Within(Tolerance(expected[1])), $"{rule} lower limit");
            Assert.That(median.Upper, Is.EqualTo(expected[2]).Within(Tolerance(expected[2])), $"{rule} upper limit");
        });
    }

    private static double Tolerance(double expected) => double.IsNaN(expected) ? 0 : Math.Max(1e-12, 1e-9 * Math.Abs(expected));

    private static (double[] Time, bool[] Died, double[] Quantile, double[] Print) Case(string name)
    {
        var c = ReferenceFile.Cases("km", "quantile_rule.json").Single(e => e.GetProperty("name").GetString() == name);
        return (c.GetProperty("time").EnumerateArray().Select(e => e.GetDouble()).ToArray(),
            c.GetProperty("status").EnumerateArray().Select(e => e.GetDouble() == 1).ToArray(),
            Numbers(c.GetProperty("quantile")), Numbers(c.GetProperty("print")));
    }

    private static double[] Numbers(JsonElement cells) =>
        cells.EnumerateArray().Select(e => e.GetString() is "NA" ? double.NaN : double.Parse(e.GetString()!, CultureInfo.InvariantCulture)).ToArray();
}
