using System.Globalization;
using AnalysisKit.Charts;
using AnalysisKit.Consistency;
using AnalysisKit.Reproduction;
using AnalysisKit.Survival;
using AnalysisKit.Trials;

namespace AnalysisKit.Views;

/// <summary>
/// The Kaplan–Meier chart of a trial's patient-level endpoint (<c>ipd.csv</c>), with the numbers
/// the paper prints for the same curves overlaid: a printed median m as the point (m, 0.5), a printed
/// T-month rate as (T, rate) with its printed interval. When the patients are synthetic the chart
/// says so (<see cref="KaplanMeierChartRequest.Synthetic"/>). Curves are R's defaults
/// (<c>survfit(Surv(time, event) ~ 1)</c>: Greenwood variance, log-transformed 95% intervals).
/// </summary>
public static class TrialSurvivalChart
{
    /// <summary>
    /// The endpoints of a trial's patient file (<c>pfs</c>, <c>os</c>, ...): every column named
    /// <c>&lt;endpoint&gt;_months</c> that has a <c>&lt;endpoint&gt;_event</c> column, in file order.
    /// Empty when the trial has no patient-level data.
    /// </summary>
    public static IReadOnlyList<string> Endpoints(Trial trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var path = Path.Combine(trial.Folder, PatientData.FileName);
        if (!File.Exists(path)) return [];
        var header = Data.CsvTable.Read(path).Header;
        return header.Where(h => h.EndsWith("_months", StringComparison.Ordinal) && header.Contains(h[..^7] + "_event", StringComparer.Ordinal))
            .Select(h => h[..^7]).ToList();
    }

    /// <summary>
    /// The chart request of one endpoint of a trial, one curve for all patients, or one per level of
    /// <paramref name="groupColumn"/> (a baseline column of <c>ipd.csv</c>, e.g. <c>BCLC</c>).
    /// Published points are those of the same endpoint printed for the whole cohort (no group) or
    /// for a subgroup whose printed label names the curve's level (<c>BCLC stage B</c> for <c>Stage B</c>),
    /// among statements about this many patients; each is labelled with where it is printed.
    /// </summary>
    /// <param name="trial">The trial.</param>
    /// <param name="endpoint">The endpoint as in the patient file (<c>os</c>, <c>pfs</c>, <c>ttrp</c>).</param>
    /// <param name="groupColumn">A baseline column to split by, or null for all patients.</param>
    /// <param name="riskTableEvery">Spacing of the number-at-risk times in months (6 unless given).</param>
    /// <exception cref="ArgumentException">The trial has no patient data, or none for this endpoint or column.</exception>
    public static KaplanMeierChartRequest Request(Trial trial, string endpoint, string? groupColumn = null, double riskTableEvery = 6)
    {
        ArgumentNullException.ThrowIfNull(trial);
        ArgumentException.ThrowIfNullOrWhiteSpace(endpoint);
        var patients = PatientData.Of(trial)
            ?? throw new ArgumentException($"{trial.Id} has no patient-level data ({PatientData.FileName}), so there is no curve to draw.", nameof(trial));
        var data = patients.Endpoint(endpoint, "months")
            ?? throw new ArgumentException($"{trial.Id} has no '{endpoint}' endpoint in {PatientData.FileName}; it has {string.Join(", ", Endpoints(trial))}.", nameof(endpoint));
        IReadOnlyList<KaplanMeierCurve> curves;
        if (groupColumn is null) curves = [KaplanMeier.Fit(data.Time, data.Event)];
        else
        {
            if (!patients.HasColumn(groupColumn))
                throw new ArgumentException($"{trial.Id}'s {PatientData.FileName} has no column '{groupColumn}'.", nameof(groupColumn));
            curves = KaplanMeier.FitByGroup(data.Time, data.Event, patients.Cells(groupColumn));
        }
        var name = EndpointName(endpoint);
        var request = KaplanMeierChartRequest.From(curves, $"{trial.Id}: {name}", "months", riskTableEvery, patients.IsSynthetic);
        return request with { Landmarks = [.. PublishedPoints(trial, endpoint, patients.Count, groupColumn is null ? null : curves.Select(c => c.Group).ToList())] };
    }

    /// <summary>
    /// The printed medians and landmark rates of an endpoint as chart points (see <see cref="Request"/>);
    /// with <paramref name="groups"/> null only whole-cohort numbers, otherwise only subgroup numbers
    /// whose label names one of the groups (then <see cref="PublishedLandmark.CurveName"/> is that group).
    /// The same point printed in several places is drawn once, labelled with every place.
    /// </summary>
    public static IReadOnlyList<PublishedLandmark> PublishedPoints(Trial trial, string endpoint, int patients, IReadOnlyList<string>? groups)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var wanted = endpoint.Equals("infield_pfs", StringComparison.OrdinalIgnoreCase) ? "IFPFS" : endpoint.ToUpperInvariant();
        var points = new List<(string Curve, double Time, double Survival, double? Lower, double? Upper, string Where, string Column)>();
        foreach (var v in trial.PublishedValues)
        {
            if (v.Value is null || v.EstimateColumn is not null) continue;
            if (v.Column != "median" && v.LandmarkTime is null) continue;
            string? subgroup;
            if (v.Endpoint is { } tableEndpoint)
            {
                if (!string.Equals(tableEndpoint, wanted, StringComparison.OrdinalIgnoreCase)) continue;
                subgroup = v.RowGroup == "All" ? null : v.RowLabel;
            }
            else
            {
                if (SurvivalStatementKey.Of(v) is not { } key || key.Endpoint != wanted || !key.Covers(patients)) continue;
                subgroup = key.Subgroup;
            }
            string curve;
            if (groups is null)
            {
                if (subgroup is not null) continue;
                curve = "";
            }
            else
            {
                if (subgroup is null || groups.FirstOrDefault(g => Names(subgroup, g)) is not { } match) continue;
                curve = match;
            }
            var row = trial.PublishedValues.Where(o => o.Table == v.Table && o.RowGroup == v.RowGroup && o.RowLabel == v.RowLabel).ToList();
            double? Limit(string suffix) => row.FirstOrDefault(o => o.Column == v.Column + suffix)?.Value;
            var where = $"{v.Source} line {v.SeedLine}";
            if (v.Column == "median") points.Add((curve, v.Value.Value, 0.5, null, null, where, "median"));
            else
            {
                var scale = v.Value > 1 || Limit("_upper") > 1 ? 0.01 : 1.0;
                points.Add((curve, v.LandmarkTime!.Value, v.Value.Value * scale, Limit("_lower") * scale, Limit("_upper") * scale, where, v.Column));
            }
        }
        return points.GroupBy(p => (p.Curve, p.Time, p.Survival, p.Lower, p.Upper))
            .Select(g =>
            {
                var first = g.First();
                var what = first.Column == "median"
                    ? $"Published median {Show(first.Time)} months"
                    : $"Published {Show(first.Time)}-month rate {Show(first.Survival * 100)}%";
                var label = (first.Curve.Length > 0 ? first.Curve + ": " : "") + what + " (" + string.Join("; ", g.Select(p => p.Where)) + ")";
                return new PublishedLandmark(label, first.Time, first.Survival, first.Lower, first.Upper) { CurveName = first.Curve };
            }).ToList();
    }

    /// <summary>The endpoint's name for titles: "Overall survival" for <c>os</c>, and so on; the code in capitals otherwise.</summary>
    public static string EndpointName(string endpoint) => endpoint.ToLowerInvariant() switch
    {
        "os" => "Overall survival",
        "pfs" => "Progression-free survival",
        "ttp" => "Time to progression",
        "ttrp" => "Time to radiographic progression",
        "infield_pfs" => "Infield progression-free survival",
        _ => endpoint.ToUpperInvariant(),
    };

    // "BCLC stage B" names the level "Stage B"; "Female" names "Female".
    private static bool Names(string printed, string level)
    {
        var p = printed.Trim().ToLowerInvariant();
        var l = level.Trim().ToLowerInvariant();
        return p == l || p.EndsWith(" " + l, StringComparison.Ordinal);
    }

    private static string Show(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
