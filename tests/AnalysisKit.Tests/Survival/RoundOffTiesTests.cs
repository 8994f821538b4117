using AnalysisKit.Survival;

namespace AnalysisKit.Tests.Survival;

/// <summary>Times equal up to round-off are one time, as R's survfit(timefix = TRUE) / aeqSurv.</summary>
public class RoundOffTiesTests
{
    // 0.1 + 0.2 is 0.30000000000000004, one unit in the last place above 0.3; R's aeqSurv maps both
    // to the smaller value 0.3. 1.1 and 1.1 + 1e-12 differ by less than √eps = 1.49e-8: merged too.
    [Test]
    public void NearEqualTimesBecomeOne()
    {
        var merged = RoundOffTies.Merge([0.1 + 0.2, 0.3, 1.1 + 1e-12, 1.1, 2]);
        Assert.That(merged, Is.EqualTo(new[] { 0.3, 0.3, 1.1, 1.1, 2 }));
    }

    [Test]
    public void TimesFurtherApartStayApart()
    {
        double[] times = [1, 1 + 1e-6, 5];
        Assert.That(RoundOffTies.Merge(times), Is.EqualTo(times));
    }

    // Two deaths at 0.3 (one written as 0.1 + 0.2) among three patients: one row with d = 2,
    // S = 1 − 2/3 = 1/3. Without merging, two rows: S = 2/3 then 1/3.
    [Test]
    public void FitMergesByDefault()
    {
        double[] time = [0.1 + 0.2, 0.3, 1];
        bool[] died = [true, true, false];
        var merged = KaplanMeier.Fit(time, died);
        Assert.That(merged.Rows.Select(r => (r.Time, r.NEvent)), Is.EqualTo(new[] { (0.3, 2), (1.0, 0) }));
        Assert.That(merged.Rows[0].Survival, Is.EqualTo(1.0 / 3).Within(1e-15));
        var apart = KaplanMeier.Fit(time, died, new KaplanMeierOptions { MergeRoundOffTies = false });
        Assert.That(apart.Rows, Has.Count.EqualTo(3));
    }

    // R merges over all patients before splitting by group: group u's 0.1 + 0.2 becomes 0.3, the value in group v.
    [Test]
    public void GroupsShareTheMergedTimes()
    {
        var curves = KaplanMeier.FitByGroup([0.1 + 0.2, 5, 0.3, 6], [true, false, true, false], ["u", "u", "v", "v"]);
        Assert.That(curves.Select(c => c.Rows[0].Time), Is.EqualTo(new[] { 0.3, 0.3 }));
    }
}
