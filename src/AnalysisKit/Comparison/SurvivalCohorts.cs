using AnalysisKit.Reproduction;
using AnalysisKit.Trials;

namespace AnalysisKit.Comparison;

/// <summary>The trials' patient-level follow-up for one endpoint, as cohorts ready to compare.</summary>
public static class SurvivalCohorts
{
    /// <summary>
    /// One cohort per trial of <paramref name="catalog"/> (in id order) whose <c>ipd.csv</c> holds
    /// <c>&lt;endpoint&gt;_months</c> and <c>&lt;endpoint&gt;_event</c>; trials without them are left out.
    /// <see cref="SurvivalCohort.Synthetic"/> is the file's <c>synthetic</c> flag.
    /// </summary>
    /// <param name="catalog">The trials.</param>
    /// <param name="endpoint">The endpoint as the patient files name it (<c>os</c>, <c>pfs</c>).</param>
    public static IReadOnlyList<SurvivalCohort> Of(TrialCatalog catalog, string endpoint)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrWhiteSpace(endpoint);
        var cohorts = new List<SurvivalCohort>();
        foreach (var id in catalog.Ids)
        {
            if (PatientData.Of(catalog.Load(id)) is not { } patients || patients.Endpoint(endpoint, "months") is not { } data) continue;
            cohorts.Add(new SurvivalCohort(id, endpoint, data.Time, data.Event, patients.IsSynthetic));
        }
        return cohorts;
    }
}
