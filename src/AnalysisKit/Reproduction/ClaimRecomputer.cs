using AnalysisKit.Trials;

namespace AnalysisKit.Reproduction;

/// <summary>
/// Chooses, for each printed number, the most primary data the kit holds to recompute it:
/// patient-level data for survival numbers and characteristic counts; counts and denominators
/// for percentages; the rows of a table for a pooled count. Everything else is explained as not
/// recomputable (protocol parameters, summaries of measurements the kit does not hold).
/// </summary>
internal sealed class ClaimRecomputer
{
    private readonly Trial _trial;
    private readonly PatientData? _patients;
    private readonly SurvivalRecomputation _survival;

    public ClaimRecomputer(Trial trial, PatientData? patients)
    {
        _trial = trial;
        _patients = patients;
        _survival = new SurvivalRecomputation(trial, patients, patients is null ? null : PatientData.Enrolled(trial));
    }

    public Recomputation Recompute(PublishedValue value)
    {
        if (ClaimId.IsTableName(value.Table))
        {
            if (_trial.SurvivalTables.FirstOrDefault(t => t.Table == value.Table && t.File == value.File) is { } survival)
                return _survival.TableCell(survival, value);
            return CountTableCell(value);
        }
        if (value.Kind == ValueKind.Percentage) return ProportionRecomputation.Percentage(_trial, value);
        if (_survival.Statement(value) is { } fromCurve) return fromCurve;
        if (value.Kind == ValueKind.Count && ProportionRecomputation.PooledAdverseEvents(_trial, value) is { } pooled) return pooled;
        // a count of the text named like a patient-level column and level ("BCLC" / "Stage C")
        if (value.Kind == ValueKind.Count && value.Column == "n" && _survival.CharacteristicCount(value) is { } counted) return counted;
        return Unavailable(value);
    }

    private Recomputation CountTableCell(PublishedValue value)
    {
        if (value.Kind == ValueKind.Percentage) return ProportionRecomputation.Percentage(_trial, value);
        var table = _trial.CountTables.First(t => t.Table == value.Table && t.File == value.File);
        var characteristic = value.Column == "n" && table.Columns.Any(c => c.Name == "pct");
        if (characteristic && _survival.CharacteristicCount(value) is { } counted) return counted;
        if (characteristic && _patients is null) return Recomputation.Unavailable(Recomputation.NoPatientData);
        return Unavailable(value);
    }

    private Recomputation Unavailable(PublishedValue value) => Recomputation.Unavailable(value.Kind switch
    {
        ValueKind.Protocol => "a protocol parameter (a design choice), not a result to recompute",
        ValueKind.Count when _patients is null => "a count the paper reports directly; only patient-level data could recount it, and the trial has none",
        ValueKind.Count => "a count the paper reports directly; the patient-level data do not hold what it counts",
        ValueKind.Mean or ValueKind.StandardDeviation or ValueKind.Median or ValueKind.RangeLower or ValueKind.RangeUpper or ValueKind.InterquartileRange
            => "a summary of patient measurements that the kit's data do not hold",
        ValueKind.ConfidenceLower or ValueKind.ConfidenceUpper => "an interval of a quantity whose data the kit does not hold",
        ValueKind.SurvivalRate or ValueKind.PValue => Recomputation.NoPatientData,
        _ => "no data in the kit can recompute it",
    });
}
