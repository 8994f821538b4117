using AnalysisKit.Charts;
using AnalysisKit.Consistency;
using AnalysisKit.Display;
using AnalysisKit.Survival;
using AnalysisKit.Trials;

namespace AnalysisKit.Reproduction;

/// <summary>
/// The Kaplan–Meier charts of a trial's patient-level data (<c>ipd.csv</c>, synthetic for all
/// five trials): per endpoint, the whole cohort with the published landmark rates overlaid, and
/// the subgroups the paper reports (a subgroup table's row groups with a printed p below 0.05,
/// or the baseline column of an abstract-only trial), with the kit's log-rank test named next to
/// its p. The bands are pointwise Greenwood 95% intervals with the transform the trial's
/// <c>ci_transform.landmark</c> names for the paper's printed rate intervals (for example plain),
/// R's default log when the paper does not show one, so that a band can be read against the
/// printed intervals. Used alike by the HTML report and the notebooks.
/// </summary>
public static class TrialSurvivalCharts
{
    private const string Months = "months";

    private static readonly IReadOnlyDictionary<string, string> EndpointNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["OS"] = "Overall survival",
        ["PFS"] = "Progression-free survival",
        ["TTP"] = "Time to progression",
        ["TTRP"] = "Time to radiographic progression",
        ["IFPFS"] = "In-field progression-free survival",
    };

    /// <summary>The charts of <paramref name="trial"/>; none when it has no patient-level data.</summary>
    public static IReadOnlyList<KaplanMeierChartRequest> For(Trial trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        if (PatientData.Of(trial) is not { } patients) return [];
        var options = new KaplanMeierOptions { ConfidenceType = IntervalTransforms.TypeOf(trial.Metadata.CiTransform?.Landmark) };
        var charts = new List<KaplanMeierChartRequest>();
        foreach (var endpoint in patients.EndpointsInMonths)
        {
            var (time, died) = patients.Endpoint(endpoint, Months)!.Value;
            var name = EndpointNames.GetValueOrDefault(endpoint, endpoint);
            var whole = KaplanMeier.Fit(time, died, options);
            charts.Add(KaplanMeierChartRequest.From([whole], $"{trial.Id}: {name}", Months, synthetic: patients.IsSynthetic)
                with { Landmarks = [.. PublishedLandmarks(trial, endpoint)] });
            foreach (var column in SubgroupColumns(trial, patients, endpoint))
            {
                var groups = patients.Cells(column).ToArray();
                var curves = KaplanMeier.FitByGroup(time, died, groups, options);
                var test = LogRankTest.Compute(time, died, groups);
                charts.Add(KaplanMeierChartRequest.From(curves, $"{trial.Id}: {name} by {column}", Months, synthetic: patients.IsSynthetic)
                    with { TestLabel = $"Log-rank p = {DisplayNumber.PValue(test.P)} (kit, on these patients)" });
            }
        }
        return charts;
    }

    /// <summary>
    /// The whole-cohort survival rates the paper prints for <paramref name="endpoint"/>, as
    /// proportions with their printed limits: the All row of the endpoint's subgroup table and
    /// the running-text rates of the whole cohort.
    /// </summary>
    public static IReadOnlyList<PublishedLandmark> PublishedLandmarks(Trial trial, string endpoint)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var landmarks = new List<PublishedLandmark>();
        foreach (var rate in trial.PublishedValues.Where(v => v.Kind == ValueKind.SurvivalRate && v.Value is not null && v.LandmarkTime is not null))
        {
            if (!IsWholeCohortRateOf(trial, rate, endpoint)) continue;
            double? Limit(string suffix) => Proportion(trial.PublishedValues.FirstOrDefault(v =>
                v.Table == rate.Table && v.RowGroup == rate.RowGroup && v.RowLabel == rate.RowLabel && v.Column == rate.Column + suffix));
            var label = $"{rate.Source}: {rate.Text} at {rate.LandmarkTime} {Months}";
            if (landmarks.Any(l => l.Label == label)) continue;
            landmarks.Add(new PublishedLandmark(label, rate.LandmarkTime!.Value, Proportion(rate)!.Value, Limit("_lower"), Limit("_upper")));
        }
        return landmarks;
    }

    private static bool IsWholeCohortRateOf(Trial trial, PublishedValue rate, string endpoint)
    {
        if (rate.Table.StartsWith("Table", StringComparison.Ordinal))
            return rate.RowGroup == ClaimId.AllRowGroup && trial.SurvivalTables.Any(t => t.Table == rate.Table && t.Endpoint == endpoint);
        return SurvivalStatementKey.Of(rate) is { } key && key.Endpoint == endpoint && key.Subgroup is null;
    }

    private static double? Proportion(PublishedValue? value) =>
        value?.Value is { } v ? (value.Printed.IsPercent || v > 1 ? v / 100 : v) : null;

    private static IEnumerable<string> SubgroupColumns(Trial trial, PatientData patients, string endpoint)
    {
        var table = trial.SurvivalTables.FirstOrDefault(t => t.Endpoint == endpoint);
        if (table is null)
        {
            // Abstract-only trials: the baseline columns the reconstruction kept are the printed subgroups.
            return patients.Columns.Where(c => c != "patient" && c != PatientData.SyntheticColumn
                && !c.EndsWith("_months", StringComparison.Ordinal) && !c.EndsWith("_event", StringComparison.Ordinal));
        }
        return table.Rows
            .Where(r => r.P?.Value is < 0.05 && patients.HasColumn(r.RowGroup))
            .Select(r => r.RowGroup)
            .Distinct(StringComparer.Ordinal);
    }
}
