using AnalysisKit.Reconstruction;
using AnalysisKit.Survival;

namespace AnalysisKit.Tests.Reconstruction;

/// <summary>
/// Round trip of the Guyot reconstruction: 200 patients simulated with a fixed seed, their
/// Kaplan–Meier curve (kit) used as a perfectly digitised figure (every step corner) with the
/// true numbers at risk every 6 months, then rebuilt. The rebuilt patients must give the table's
/// numbers at risk and the true total of events exactly, and a curve close to the true one.
/// </summary>
public class GuyotRoundTripTests
{
    private const int Patients = 200;
    private const double Step = 6;

    /// <summary>
    /// Largest |S_rebuilt(t) − S_true(t)| allowed. Observed: 0.009 (seed 20240101), 0.005 (seed 7),
    /// 0.003 (seed 424242). With exact step corners every drop is rebuilt at its true time; the
    /// curves part only where the spreading of censorings inside an interval makes the rebuilt
    /// number at risk at a step differ from the true one, or where an interval trades a censoring
    /// for an event; each such patient moves S by about S/r. A few such patients with S ≤ 0.5 and
    /// r ≥ 40 at risk stay below 0.02, the bound asserted.
    /// </summary>
    private const double Bound = 0.02;

    /// <remarks>
    /// Total events: the algorithm matches the numbers at risk interval by interval and corrects the
    /// total only in the last interval. Inside an earlier interval it can rebuild one censoring as
    /// an event while still meeting the next number at risk (seed 20240101: 15 events instead of 14
    /// between 18 and 24 months); the last interval, with no event left, cannot take it back. Then
    /// the total is off and the result says so (<c>Converged</c> false). Observed: 1 event too many
    /// with seed 20240101, 2 with seed 7, none with seed 424242. The test asserts equal totals
    /// exactly when the result says it converged, and otherwise a total within 2% (each interval
    /// can trade at most a censoring or two for events at the rounding of d = round(n·(1 − S/S′))).
    /// </remarks>
    [TestCase(20240101)]
    [TestCase(7)]
    [TestCase(424242)]
    public void RebuiltPatientsMatchTheRiskTableTheEventsAndTheCurve(int seed)
    {
        var (time, died) = Simulate(seed);
        var truth = KaplanMeier.Fit(time, died);
        var corners = new List<(double Time, double Survival)> { (0, 1) };
        var previous = 1.0;
        foreach (var row in truth.Rows)
        {
            corners.Add((row.Time, previous));
            corners.Add((row.Time, row.Survival));
            previous = row.Survival;
        }
        var riskTimes = Enumerable.Range(0, 100).Select(k => k * Step).TakeWhile(t => t <= truth.LastTime).ToArray();
        var table = riskTimes.Select(t => new NumberAtRisk(t, time.Count(x => x >= t))).ToList();
        var events = died.Count(d => d);

        var result = GuyotReconstruction.Reconstruct(
            new DigitisedCurve(corners.Select(c => c.Time).ToList(), corners.Select(c => c.Survival).ToList()), table, events);

        Assert.That(result.Patients, Has.Count.EqualTo(Patients));
        TestContext.Out.WriteLine($"seed {seed}: events {result.Events} rebuilt, {events} true; converged {result.Converged}");
        Assert.That(result.Converged, Is.EqualTo(result.Events == events));
        Assert.That(Math.Abs(result.Events - events), Is.LessThanOrEqualTo(0.02 * events), "total events within 2%");
        foreach (var entry in table)
            Assert.That(result.Patients.Count(p => p.Time >= entry.Time), Is.EqualTo(entry.AtRisk), $"at risk at {entry.Time}");

        var rebuilt = KaplanMeier.Fit(result.Patients.Select(p => p.Time).ToList(), result.Patients.Select(p => p.Event).ToList());
        var grid = truth.Rows.Select(r => r.Time).Concat(rebuilt.Rows.Select(r => r.Time)).Distinct().Order().ToArray();
        var a = truth.SurvivalAt(grid, extend: true).Select(s => s.Survival).ToArray();
        var b = rebuilt.SurvivalAt(grid, extend: true).Select(s => s.Survival).ToArray();
        var largest = grid.Select((_, i) => Math.Abs(a[i] - b[i])).Max();
        TestContext.Out.WriteLine($"max |S_rebuilt - S_true| = {largest}");
        Assert.That(largest, Is.LessThanOrEqualTo(Bound));
    }

    /// <summary>Exponential event times (median 12 months) and uniform censoring on [0, 48] months, times to 0.01 month.</summary>
    private static (double[] Time, bool[] Died) Simulate(int seed)
    {
        var random = new Random(seed);
        var time = new double[Patients];
        var died = new bool[Patients];
        for (var i = 0; i < Patients; i++)
        {
            var eventTime = -12 / Math.Log(2) * Math.Log(1 - random.NextDouble());
            var censorTime = 48 * random.NextDouble();
            time[i] = Math.Round(Math.Max(Math.Min(eventTime, censorTime), 0.01), 2);
            died[i] = eventTime <= censorTime;
        }
        return (time, died);
    }
}
