using System.Text.Json;
using AnalysisKit.Proportions;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Proportions;

/// <summary>
/// Binomial intervals against R (tests/reference/meta/binomial-reference.json, written by
/// meta-reference.R): binom.test for Clopper–Pearson and prop.test(correct = FALSE / TRUE) for
/// Wilson, at x = 0, 1, n/3, n − 1, n, n from 1 to 10⁶, levels 0.5 to 0.999.
/// Tolerance: 1e-9 relative, 1e-15 absolute for bounds that are exactly 0 or 1.
/// </summary>
public class BinomialConfidenceTests
{
    private const double Relative = 1e-9;

    public sealed record Case(int X, int N, double Level, double CpLower, double CpUpper,
        double WilsonLower, double WilsonUpper, double WilsonCcLower, double WilsonCcUpper)
    {
        public override string ToString() => $"x={X} n={N} level={Level}";
    }

    public static IEnumerable<Case> Cases()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Of("tests/reference/meta/binomial-reference.json")));
        foreach (var c in json.RootElement.EnumerateArray())
        {
            yield return new Case(
                (int)c.GetProperty("x").GetDouble(), (int)c.GetProperty("n").GetDouble(), c.GetProperty("level").GetDouble(),
                c.GetProperty("cp_lower").GetDouble(), c.GetProperty("cp_upper").GetDouble(),
                c.GetProperty("wilson_lower").GetDouble(), c.GetProperty("wilson_upper").GetDouble(),
                c.GetProperty("wilson_cc_lower").GetDouble(), c.GetProperty("wilson_cc_upper").GetDouble());
        }
    }

    [Test]
    public void ReferenceHoldsTheEdgeCases()
    {
        var cases = Cases().ToList();
        Assert.That(cases, Has.Count.GreaterThan(150));
        Assert.That(cases.Any(c => c.X == 0 && c.N == 1_000_000) && cases.Any(c => c.X == 1 && c.N == 1_000_000)
                    && cases.Any(c => c.X == c.N - 1 && c.N == 34) && cases.Any(c => c.X == c.N && c.N == 10_000), Is.True);
    }

    [TestCaseSource(nameof(Cases))]
    public void ClopperPearsonMatchesBinomTest(Case c)
    {
        var ci = BinomialConfidence.ClopperPearson(c.X, c.N, c.Level);
        AssertClose(ci.Lower, c.CpLower, "lower");
        AssertClose(ci.Upper, c.CpUpper, "upper");
        Assert.That(ci.Method, Is.EqualTo(BinomialIntervalMethod.ClopperPearson));
        Assert.That(ci.Proportion, Is.EqualTo((double)c.X / c.N));
    }

    [TestCaseSource(nameof(Cases))]
    public void WilsonMatchesPropTestWithoutCorrection(Case c)
    {
        var ci = BinomialConfidence.Wilson(c.X, c.N, c.Level);
        AssertClose(ci.Lower, c.WilsonLower, "lower");
        AssertClose(ci.Upper, c.WilsonUpper, "upper");
    }

    [TestCaseSource(nameof(Cases))]
    public void CorrectedWilsonMatchesPropTest(Case c)
    {
        var ci = BinomialConfidence.Compute(c.X, c.N, c.Level, BinomialIntervalMethod.WilsonContinuityCorrected);
        AssertClose(ci.Lower, c.WilsonCcLower, "lower");
        AssertClose(ci.Upper, c.WilsonCcUpper, "upper");
    }

    [Test]
    public void ExactBoundsHaveClosedFormsAtTheEdges()
    {
        // x = 0: upper = 1 − (α/2)^(1/n); x = n: lower = (α/2)^(1/n) (hand arithmetic).
        var zero = BinomialConfidence.ClopperPearson(0, 20);
        Assert.That(zero.Lower, Is.EqualTo(0));
        Assert.That(zero.Upper, Is.EqualTo(1 - Math.Pow(0.025, 1.0 / 20)).Within(1e-15));
        var all = BinomialConfidence.ClopperPearson(20, 20);
        Assert.That(all.Upper, Is.EqualTo(1));
        Assert.That(all.Lower, Is.EqualTo(Math.Pow(0.025, 1.0 / 20)).Within(1e-15));
    }

    [TestCase(3, 0, 0.95, "at least one patient")]
    [TestCase(-1, 10, 0.95, "negative")]
    [TestCase(11, 10, 0.95, "more events (11) than patients (10)")]
    [TestCase(3, 10, 0.0, "strictly between 0 and 1")]
    [TestCase(3, 10, 1.0, "strictly between 0 and 1")]
    [TestCase(3, 10, 95.0, "strictly between 0 and 1")]
    [TestCase(3, 10, double.NaN, "strictly between 0 and 1")]
    public void BadArgumentsAreExplained(int x, int n, double level, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => BinomialConfidence.Compute(x, n, level))!;
        Assert.That(e.Message, Does.Contain(message));
    }

    internal static void AssertClose(double actual, double expected, string what)
    {
        var tolerance = Math.Max(Relative * Math.Abs(expected), 1e-15);
        Assert.That(actual, Is.EqualTo(expected).Within(tolerance), what);
    }
}
