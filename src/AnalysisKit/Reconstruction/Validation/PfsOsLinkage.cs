using MathNet.Numerics.Statistics;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// How a set of patients' progression-free and overall survival are linked, patient by patient.
/// A PFS event "at death" is a PFS event of a patient who died at the same time
/// (<c>os_event = 1</c> and <c>os_months = pfs_months</c>); a "progression then death" is a
/// PFS event followed by a later death (<c>pfs_months &lt; os_months</c>).
/// </summary>
/// <param name="PfsEvents">Patients with a PFS event.</param>
/// <param name="PfsEventsAtDeath">PFS events at death.</param>
/// <param name="DeathFraction">PfsEventsAtDeath / PfsEvents (NaN without PFS events).</param>
/// <param name="BothEvents">Patients with a PFS event and a death.</param>
/// <param name="SpearmanBothEvents">Spearman's rank correlation of PFS and OS months among them, ties at their average rank (R's <c>cor(pfs, os, method = "spearman")</c>); NaN with fewer than two such patients.</param>
/// <param name="ProgressionThenDeath">Patients whose PFS event came before their death.</param>
/// <param name="MedianMonthsProgressionToDeath">Median of os_months − pfs_months among them (R's <c>median</c>); NaN when there are none.</param>
/// <param name="PfsAfterOs">Patients whose PFS time exceeds their OS time (0 for consistent data).</param>
public sealed record PfsOsLinkage(
    int PfsEvents,
    int PfsEventsAtDeath,
    double DeathFraction,
    int BothEvents,
    double SpearmanBothEvents,
    int ProgressionThenDeath,
    double MedianMonthsProgressionToDeath,
    int PfsAfterOs)
{
    /// <summary>The linkage of the endpoints <paramref name="progressionFree"/> and <paramref name="overall"/>.</summary>
    /// <exception cref="ArgumentException">The patients lack either endpoint.</exception>
    public static PfsOsLinkage Of(ValidationPatients patients, string progressionFree = "pfs", string overall = "os")
    {
        ArgumentNullException.ThrowIfNull(patients);
        var pfs = patients.Endpoint(progressionFree);
        var os = patients.Endpoint(overall);
        var events = 0;
        var atDeath = 0;
        var afterOs = 0;
        var both = new List<int>();
        var gaps = new List<double>();
        for (var i = 0; i < patients.Count; i++)
        {
            if (pfs.Months[i] > os.Months[i]) afterOs++;
            if (!pfs.Events[i]) continue;
            events++;
            if (!os.Events[i]) continue;
            both.Add(i);
            if (pfs.Months[i] == os.Months[i]) atDeath++;
            else if (pfs.Months[i] < os.Months[i]) gaps.Add(os.Months[i] - pfs.Months[i]);
        }
        var spearman = both.Count > 1
            ? Correlation.Spearman(both.Select(i => pfs.Months[i]), both.Select(i => os.Months[i]))
            : double.NaN;
        return new PfsOsLinkage(events, atDeath, events > 0 ? (double)atDeath / events : double.NaN, both.Count, spearman,
            gaps.Count, Median(gaps), afterOs);
    }

    private static double Median(List<double> values)
    {
        if (values.Count == 0) return double.NaN;
        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
