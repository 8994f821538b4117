using System.Globalization;
using AnalysisKit.Consistency;
using AnalysisKit.Survival;
using AnalysisKit.Trials;

namespace AnalysisKit.Reproduction;

/// <summary>
/// Survival numbers recomputed from patient-level data with R's conventions
/// (<see cref="PrintedSurvival"/>): Kaplan–Meier medians and their CIs as
/// <c>quantile.survfit</c>, landmark rates and their Greenwood CIs as
/// <c>summary(fit, times = T)</c>, log-rank p as <c>survdiff</c>. The intervals are
/// log-transformed (R's default <c>conf.type</c>) unless the trial's metadata names the transform
/// its paper used (<see cref="TrialMetadata.CiTransform"/>: for example plain landmark
/// intervals). A subgroup
/// row takes the patients whose column named like the row group holds the row label; the
/// whole-cohort row takes everyone. A sentence about a named number of patients ("Overall
/// survival (38 patients)") takes the patient-level data of that size: <c>ipd.csv</c>, or every
/// enrolled patient (<see cref="PatientData.Enrolled"/>) when that is the number named.
/// </summary>
internal sealed class SurvivalRecomputation
{
    private readonly Trial _trial;
    private readonly PatientData? _patients;
    private readonly PatientData? _enrolled;

    public SurvivalRecomputation(Trial trial, PatientData? patients, PatientData? enrolled = null)
    {
        _trial = trial;
        _patients = patients;
        _enrolled = enrolled;
    }

    /// <summary>A cell of a subgroup survival table.</summary>
    public Recomputation TableCell(SubgroupSurvivalTable table, PublishedValue value)
    {
        if (_patients is null) return Recomputation.Unavailable(Recomputation.NoPatientData);
        if (value.Column == "p")
        {
            var labels = table.Rows.Where(r => r.RowGroup == value.RowGroup).Select(r => r.RowLabel).ToList();
            return LogRank(table.Endpoint, table.TimeUnit, value.RowGroup, labels);
        }
        var members = Members(value.RowGroup, value.RowLabel);
        if (members.Reason is not null) return Recomputation.Unavailable(members.Reason);
        return FromCurve(_patients, table.Endpoint, table.TimeUnit, members.Rows!, members.Description, value);
    }

    /// <summary>A survival number of the running text (whole cohort, or a log-rank p naming a table row group).</summary>
    public Recomputation? Statement(PublishedValue value)
    {
        if (SurvivalStatementKey.Of(value) is not { } key) return null;
        if (value.Kind is not (ValueKind.Median or ValueKind.ConfidenceLower or ValueKind.ConfidenceUpper or ValueKind.SurvivalRate or ValueKind.PValue or ValueKind.Count))
            return null;
        if (value.Kind == ValueKind.Count && value.Column != "events") return null;
        if (_patients is null) return Recomputation.Unavailable(Recomputation.NoPatientData);
        var unit = _trial.SurvivalTables.FirstOrDefault(t => t.Endpoint == key.Endpoint)?.TimeUnit ?? "months";
        if (value.Column == "p")
        {
            if (key.Subgroup is null) return Recomputation.Unavailable("the sentence does not say which groups the p-value compares");
            var candidates = _trial.SurvivalTables.Where(t => t.Endpoint == key.Endpoint)
                .SelectMany(t => SurvivalStatementKey.MatchingRowGroups(key.Subgroup, t.Rows.Select(r => r.RowGroup).Where(g => g != ClaimId.AllRowGroup))
                    .Select(g => (Table: t, Group: g)))
                .ToList();
            if (candidates.Count == 0)
                return Recomputation.Unavailable($"no {key.Endpoint} subgroup table has a row group named like '{key.Subgroup}', so the kit does not know which patient-level column the test compares");
            var results = candidates.Select(c => (c.Group, Result: LogRank(c.Table.Endpoint, c.Table.TimeUnit, c.Group, c.Table.Rows.Where(r => r.RowGroup == c.Group).Select(r => r.RowLabel).ToList()))).ToList();
            if (results.Count == 1) return results[0].Result;
            var chosen = results.FirstOrDefault(r => r.Result.Value is { } p && PrintedAgreement.Agrees(p, value.Printed));
            var pick = chosen.Result ?? results[0].Result;
            return pick with { Note = $"the sentence names {results.Count} row groups: " + string.Join("; ", results.Select(r => $"'{r.Group}': {r.Result.Note}")) };
        }
        if (key.Subgroup is not null)
        {
            if (SubgroupMembers(key.Subgroup) is not { } subgroup)
                return Recomputation.Unavailable($"the subgroup '{key.Subgroup}' is not identified in the patient-level data");
            return FromCurve(_patients, key.Endpoint, unit, subgroup.Rows, subgroup.Description, value);
        }
        if (key.Covers(_patients.Count))
            return FromCurve(_patients, key.Endpoint, unit, Enumerable.Range(0, _patients.Count).ToList(), "all patients", value);
        if (_enrolled is not null && key.Covers(_enrolled.Count))
            return FromCurve(_enrolled, key.Endpoint, unit, Enumerable.Range(0, _enrolled.Count).ToList(), $"all patients enrolled ({string.Join(" + ", _enrolled.FileNames)})", value);
        return Recomputation.Unavailable($"the sentence is about {string.Join(" and ", key.Populations)} patients; the patient-level data hold {_patients.Count}"
            + (_enrolled is null ? "" : $" ({_enrolled.Count} with every enrolled patient)"));
    }

    /// <summary>A count of patients with a baseline characteristic (a counts table's <c>n</c>), from the column named like the row group.</summary>
    public Recomputation? CharacteristicCount(PublishedValue value)
    {
        if (_patients is null || !_patients.HasColumn(value.RowGroup)) return null;
        var cells = _patients.Cells(value.RowGroup);
        if (!cells.Contains(value.RowLabel, StringComparer.Ordinal))
            return Recomputation.Unavailable($"no patient has '{value.RowLabel}' in the patient-level column '{value.RowGroup}'");
        var n = cells.Count(c => c == value.RowLabel);
        return new Recomputation(n, $"patients with {value.RowGroup} = {value.RowLabel} in {Path.GetFileName(_patients.File)}: {n}", _patients.IsSynthetic);
    }

    private (List<int>? Rows, string Description, string? Reason) Members(string rowGroup, string rowLabel)
    {
        var patients = _patients!;
        if (rowGroup == ClaimId.AllRowGroup) return (Enumerable.Range(0, patients.Count).ToList(), "all patients", null);
        if (!patients.HasColumn(rowGroup))
            return (null, "", $"the patient-level data have no column '{rowGroup}' for this row group");
        var cells = patients.Cells(rowGroup);
        var rows = Enumerable.Range(0, cells.Count).Where(i => cells[i] == rowLabel).ToList();
        return (rows, $"{rowGroup} = {rowLabel}", null);
    }

    /// <summary>
    /// The patients of a subgroup named in running text as a baseline column followed by one of
    /// its levels, compared without regard to case ("BCLC stage B" is column <c>BCLC</c>, level
    /// <c>Stage B</c>); null when no column and level read so.
    /// </summary>
    private (List<int> Rows, string Description)? SubgroupMembers(string subgroup)
    {
        var patients = _patients!;
        foreach (var column in patients.Columns)
        {
            if (!subgroup.StartsWith(column + " ", StringComparison.OrdinalIgnoreCase)) continue;
            var level = subgroup[(column.Length + 1)..];
            var cells = patients.Cells(column);
            var match = cells.FirstOrDefault(c => string.Equals(c, level, StringComparison.OrdinalIgnoreCase));
            if (match is null) continue;
            return (Enumerable.Range(0, cells.Count).Where(i => cells[i] == match).ToList(), $"{column} = {match}");
        }
        return null;
    }

    private Recomputation FromCurve(PatientData patients, string endpoint, string unit, IReadOnlyList<int> rows, string who, PublishedValue value)
    {
        if (patients.Endpoint(endpoint, unit) is not { } data)
            return Recomputation.Unavailable($"the patient-level data have no columns {PatientData.TimeColumn(endpoint, unit)} and {PatientData.EventColumn(endpoint)}");
        var synthetic = patients.IsSynthetic;
        if (value.Column == "n") return new Recomputation(rows.Count, $"patients with {who}: {rows.Count}", synthetic);
        var events = rows.Count(i => data.Event[i]);
        if (value.Column == "events") return new Recomputation(events, $"{endpoint} events among {rows.Count} patients with {who}: {events}", synthetic);
        if (rows.Count == 0) return Recomputation.Unavailable($"no patient in the patient-level data has {who}");
        var column = value.Column;
        var transforms = _trial.Metadata.CiTransform;
        var isMedian = column is "median" or "median_lower" or "median_upper";
        var type = transforms is null ? ConfidenceIntervalType.Log : isMedian ? transforms.MedianType : transforms.LandmarkType;
        var named = transforms is not null && (isMedian ? transforms.Median : transforms.Landmark) is not null;
        var curve = KaplanMeier.Fit(rows.Select(i => data.Time[i]).ToList(), rows.Select(i => data.Event[i]).ToList(), PrintedSurvival.With(type));
        var fit = $"Kaplan–Meier of {endpoint} ({rows.Count} patients with {who}, {events} events; {TransformWords(type)} Greenwood 95% CI"
            + (named ? ", the transform trial.json names for the paper's intervals)" : ")");
        if (isMedian)
        {
            var median = curve.Median;
            var v = column switch { "median" => median.Time, "median_lower" => median.Lower, _ => median.Upper };
            return new Recomputation(v, $"{fit}: median {Text(median.Time)} ({Text(median.Lower)}, {Text(median.Upper)}) {unit}", synthetic);
        }
        if (value.LandmarkTime is { } landmark)
        {
            var at = curve.SurvivalAt([landmark]);
            if (at.Count == 0)
                return new Recomputation(double.NaN, $"{fit}: follow-up ends at {Text(curve.LastTime)} {unit}, before {Text(landmark)}", synthetic);
            var scale = IsPercentScale(value) ? 100.0 : 1.0;
            var row = at[0];
            var v = (value.EstimateColumn is null ? row.Survival : column.EndsWith("_lower", StringComparison.Ordinal) ? row.Lower : row.Upper) * scale;
            return new Recomputation(v, $"{fit}: S({Text(landmark)}) = {Text(row.Survival * scale)} ({Text(row.Lower * scale)}, {Text(row.Upper * scale)})", synthetic);
        }
        return Recomputation.Unavailable($"the kit does not recompute '{column}' from a survival curve");
    }

    private Recomputation LogRank(string endpoint, string unit, string rowGroup, IReadOnlyList<string> labels)
    {
        var patients = _patients!;
        if (patients.Endpoint(endpoint, unit) is not { } data)
            return Recomputation.Unavailable($"the patient-level data have no columns {PatientData.TimeColumn(endpoint, unit)} and {PatientData.EventColumn(endpoint)}");
        if (!patients.HasColumn(rowGroup))
            return Recomputation.Unavailable($"the patient-level data have no column '{rowGroup}' for this row group");
        var cells = patients.Cells(rowGroup);
        var rows = Enumerable.Range(0, cells.Count).Where(i => labels.Contains(cells[i], StringComparer.Ordinal)).ToList();
        if (rows.Select(i => cells[i]).Distinct().Count() < 2)
            return Recomputation.Unavailable($"fewer than two of the groups of '{rowGroup}' have patients in the patient-level data");
        var result = LogRankTest.Compute(rows.Select(i => data.Time[i]).ToList(), rows.Select(i => data.Event[i]).ToList(), rows.Select(i => cells[i]).ToList());
        return new Recomputation(result.P,
            $"log-rank test of {endpoint} across '{rowGroup}' ({rows.Count} patients in {result.Groups.Count} groups): chi-square {Text(result.ChiSquare)} on {result.DegreesOfFreedom} df, p = {Text(result.P)}",
            patients.IsSynthetic);
    }

    private bool IsPercentScale(PublishedValue value)
    {
        var estimate = value.EstimateColumn is { } e ? _trial.Find(ClaimId.Of(value.Trial, value.Table, value.RowGroup, value.RowLabel, e)) ?? value : value;
        return estimate.Printed.IsPercent || estimate.Quantity.Contains("(%)", StringComparison.Ordinal) || (estimate.Value ?? 0) > 1;
    }

    private static string TransformWords(ConfidenceIntervalType type) => type switch
    {
        ConfidenceIntervalType.Log => "log-transformed",
        ConfidenceIntervalType.LogLog => "log-log-transformed",
        _ => "plain (untransformed)",
    };

    private static string Text(double value) =>
        double.IsNaN(value) ? "NA" : double.IsInfinity(value) ? "Inf" : Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);
}
