using AnalysisKit.Comparison;
using AnalysisKit.Trials;

namespace AnalysisKit.Reproduction;

/// <summary>
/// The cohorts of one endpoint across the trials that hold patient-level data for it
/// (<c>ipd.csv</c>, synthetic for all five trials), ready for <see cref="SurvivalComparison"/>.
/// </summary>
public static class CrossTrialCohorts
{
    /// <summary>One cohort per trial with the endpoint in months, in catalogue order.</summary>
    /// <param name="catalog">The trials.</param>
    /// <param name="endpoint">Endpoint abbreviation: OS, PFS, TTP, TTRP or IFPFS.</param>
    public static IReadOnlyList<SurvivalCohort> Of(TrialCatalog catalog, string endpoint)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrWhiteSpace(endpoint);
        var cohorts = new List<SurvivalCohort>();
        foreach (var trial in catalog.LoadAll())
        {
            if (PatientData.Of(trial) is not { } patients || !patients.EndpointsInMonths.Contains(endpoint)) continue;
            var (time, died) = patients.Endpoint(endpoint, "months")!.Value;
            cohorts.Add(new SurvivalCohort(trial.Id, endpoint, time, died, patients.IsSynthetic));
        }
        return cohorts;
    }
}
