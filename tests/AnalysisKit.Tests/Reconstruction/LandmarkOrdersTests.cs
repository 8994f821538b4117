using AnalysisKit.Consistency;
using AnalysisKit.Reconstruction;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Reconstruction;

/// <summary>
/// The allowed orders of Kaseb et al.'s TTRP table at 12 months, checked with the kit's general
/// Kaplan–Meier code (<see cref="SubgroupStatistics.Of"/>, itself checked against R) against the
/// printed rates: each order, written out as patients' times, must give the printed whole-cohort
/// rate and limits, and the History of cancer "No" row (the cohort less two patients who
/// progressed) must be reproducible by leaving out some pair of those patients. The order of the
/// reconstruction before this check reproduced the whole cohort but no pair of its patients gave
/// that row's 0.504 (0.332, 0.764).
/// </summary>
public class LandmarkOrdersTests
{
    private static SubgroupSurvivalTable Ttrp() =>
        TrialCatalog.OpenRepository(RepositoryPaths.Root).Load("kaseb2021").SurvivalTables.Single(t => t.Endpoint == "TTRP");

    private const string OrderBeforeTheCheck = "EcEccEcccEcEEEEEEcEEcccEE";

    /// <summary>An order as patients: position i at 0.25·(i + 1) months; the cohort's other events at 20, its other censorings at 30.</summary>
    private static (double[] Time, bool[] Died) Patients(string order, int n, int events)
    {
        var time = new List<double>();
        var died = new List<bool>();
        for (var i = 0; i < order.Length; i++) { time.Add(0.25 * (i + 1)); died.Add(order[i] == 'E'); }
        var laterEvents = events - order.Count(c => c == 'E');
        while (time.Count < n) { died.Add(laterEvents-- > 0); time.Add(died[^1] ? 20 : 30); }
        return (time.ToArray(), died.ToArray());
    }

    private static bool ReproducesTwelveMonths(SubgroupSurvivalRow row, double[] time, bool[] died)
    {
        var values = SubgroupStatistics.Of(time, died, [12]);
        return new[] { "s12", "s12_lower", "s12_upper" }.All(c => PrintedAgreement.Agrees(values[c], row.Cell(c)!, SubgroupSurvivalTable.MinimumDecimals(c)));
    }

    private static bool SomePairOfProgressionsReproduces(SubgroupSurvivalRow row, double[] time, bool[] died)
    {
        for (var a = 0; a < time.Length; a++)
            for (var b = a + 1; b < time.Length; b++)
            {
                if (!died[a] || !died[b]) continue;
                var keep = Enumerable.Range(0, time.Length).Where(i => i != a && i != b).ToArray();
                if (ReproducesTwelveMonths(row, keep.Select(i => time[i]).ToArray(), keep.Select(i => died[i]).ToArray())) return true;
            }
        return false;
    }

    [Test]
    public void EveryAllowedOrderReproducesTheWholeCohortAndLetsTheHistoryOfCancerRowReproduceItsRate()
    {
        var table = Ttrp();
        var orders = LandmarkOrders.Of(table, 12);
        var all = table.AllPatients!;
        var historyNo = table.Row("History of cancer", "No");
        Assert.That(orders, Is.Not.Empty);
        foreach (var order in orders)
        {
            var (time, died) = Patients(order, 34, 22);
            Assert.That(ReproducesTwelveMonths(all, time, died), Is.True, order);
            Assert.That(SomePairOfProgressionsReproduces(historyNo, time, died), Is.True, order);
        }
    }

    [Test]
    public void AnOrderThatReproducesOnlyTheWholeCohortIsNotAllowed()
    {
        var table = Ttrp();
        var (time, died) = Patients(OrderBeforeTheCheck, 34, 22);
        Assert.That(ReproducesTwelveMonths(table.AllPatients!, time, died), Is.True);
        Assert.That(SomePairOfProgressionsReproduces(table.Row("History of cancer", "No"), time, died), Is.False);
        Assert.That(LandmarkOrders.Of(table, 12), Does.Not.Contain(OrderBeforeTheCheck));
    }

    [Test]
    public void TheWrittenOrderPutsEventsBeforeCensoringsAtEqualTimesAndDropsTrailingCensorings()
    {
        // Times in order: 1 (censored), 2 (event), 2 (censored), 2 (event), 5 (censored), 13 (event).
        var time = new[] { 1.0, 2, 2, 2, 5, 13 };
        var died = new[] { false, true, false, true, false, true };
        var order = new char[6];
        var length = LandmarkOrders.Write(time, died, 12, order);
        Assert.That(new string(order, 0, length), Is.EqualTo("cEE"));
        Assert.That(LandmarkOrders.Distance("cEE", ["cEE", "EEc"]), Is.EqualTo(0));
        Assert.That(LandmarkOrders.Distance("cEE", ["EEcE"]), Is.EqualTo(3));
    }

    [Test]
    public void ALandmarkTheTablesDoNotPrintIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => LandmarkOrders.Of(Ttrp(), 18));
        Assert.That(error!.Message, Does.Contain("prints rates at 12 and 24 months, not at 18"));
    }
}
