using AnalysisKit.Survival;

namespace AnalysisKit.Tests.Survival;

/// <summary>
/// The O(n log n) concordance against its definition: every pair (i, j) with i's event before
/// j's time (or at j's censoring time) examined one by one, on data with tied times, tied
/// scores, censorings tied with events, and strata.
/// </summary>
public sealed class HarrellConcordanceTests
{
    [TestCase(1, 40, false)]
    [TestCase(2, 300, false)]
    [TestCase(3, 300, true)]
    [TestCase(4, 1000, true)]
    public void Counts_and_standard_error_equal_the_pair_by_pair_definition(int seed, int n, bool stratified)
    {
        var random = new Random(seed);
        var time = Enumerable.Range(0, n).Select(_ => (double)random.Next(1, 25)).ToArray();       // many tied times
        var status = Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.7).ToArray();
        var score = Enumerable.Range(0, n).Select(_ => Math.Round(random.NextDouble() * 3, 1)).ToArray(); // tied scores
        var strata = stratified ? Enumerable.Range(0, n).Select(_ => random.Next(3) == 0 ? "x" : "y").ToArray() : null;

        var result = HarrellConcordance.Compute(time, status, score, strata);
        var expected = PairByPair(time, status, score, strata);

        Assert.That((result.Concordant, result.Discordant, result.TiedRisk),
            Is.EqualTo((expected.Concordant, expected.Discordant, expected.Tied)));
        Assert.That(result.Concordance, Is.EqualTo(expected.C).Within(1e-12 * expected.C));
        Assert.That(result.StandardError, Is.EqualTo(expected.Se).Within(1e-12 * expected.Se));
    }

    [Test]
    public void Censoring_at_an_event_time_counts_as_still_at_risk_and_tied_events_are_not_compared()
    {
        // Times 2, 2, 2 (event, event, censored) and 5 (event); scores 3, 1, 2, 0.
        // Comparable pairs (earlier event first): (1,3) 3>2 C, (1,4) 3>0 C, (2,3) 1<2 D, (2,4) 1>0 C.
        // The two events at time 2 are not a pair. C = 3/4.
        var result = HarrellConcordance.Compute([2, 2, 2, 5], [true, true, false, true], [3, 1, 2, 0]);

        Assert.That((result.Concordant, result.Discordant, result.TiedRisk), Is.EqualTo((3.0, 1.0, 0.0)));
        Assert.That(result.Concordance, Is.EqualTo(0.75).Within(1e-15));
    }

    private static (double Concordant, double Discordant, double Tied, double C, double Se) PairByPair(
        double[] time, bool[] status, double[] score, string[]? strata)
    {
        var n = time.Length;
        var c = new double[n];
        var d = new double[n];
        var t = new double[n];
        double concordant = 0, discordant = 0, tied = 0;
        for (var i = 0; i < n; i++)
        {
            if (!status[i]) continue;
            for (var j = 0; j < n; j++)
            {
                if (strata is not null && strata[i] != strata[j]) continue;
                if (!(time[j] > time[i] || (time[j] == time[i] && !status[j]))) continue;
                if (score[i] > score[j]) { concordant++; c[i]++; c[j]++; }
                else if (score[i] < score[j]) { discordant++; d[i]++; d[j]++; }
                else { tied++; t[i]++; t[j]++; }
            }
        }
        var pairs = concordant + discordant + tied;
        var somers = (concordant - discordant) / pairs;
        var sum = 0.0;
        for (var k = 0; k < n; k++)
        {
            var dfbeta = (c[k] - d[k]) / pairs - somers / pairs * (c[k] + d[k] + t[k]);
            sum += dfbeta * dfbeta;
        }
        return (concordant, discordant, tied, (somers + 1) / 2, Math.Sqrt(sum / 4));
    }
}
