using AnalysisKit.Consistency;
using AnalysisKit.Survival;

namespace AnalysisKit.Reconstruction.SparseSummaries;

/// <summary>
/// A move of one observed time that changes where a Kaplan–Meier curve (or band) reaches 0.5
/// without changing any survival value: the patients at <see cref="From"/> in the target's
/// group are moved to <see cref="To"/>.
/// </summary>
/// <param name="Endpoint">Endpoint column.</param>
/// <param name="Members">Patients (0-based) the curve covers.</param>
/// <param name="From">The observed time to move.</param>
/// <param name="To">Where to move it.</param>
/// <param name="IsEvent">True to move the events at <paramref name="From"/>; false to move the censorings (reverse Kaplan–Meier).</param>
internal sealed record TimeMove(string Endpoint, int[] Members, double From, double To, bool IsEvent);

/// <summary>
/// Recomputes a <see cref="PrintedTarget"/> from synthetic patients with the kit's Kaplan–Meier
/// (<see cref="PrintedSurvival.With"/> the target's interval transform) and compares it with the
/// printed number (<see cref="PrintedAgreement"/>).
/// </summary>
internal static class TargetEvaluation
{
    private static readonly double Tolerance = Math.Sqrt(Math.Pow(2, -52));

    /// <summary>The kit's value on the printed scale (NaN when it does not exist) and, for times read where a curve reaches 0.5, the move that would put it on the printed time.</summary>
    public static (double Value, TimeMove? Move) Evaluate(PrintedTarget target, SyntheticCohort cohort)
    {
        var members = cohort.Members(target.GroupColumn, target.GroupLevel);
        switch (target.Kind)
        {
            case TargetKind.PatientCount:
                return (cohort.Count, null);
            case TargetKind.GroupPercentage:
                return (100.0 * members.Length / cohort.Count, null);
        }
        if (members.Length == 0) return (double.NaN, null);
        var endpoint = target.Endpoint ?? throw new ArgumentException($"The target {target.Claim.Id} names no endpoint.");
        var reverse = target.Kind == TargetKind.MedianFollowUp;
        var time = members.Select(i => cohort.Months(endpoint, i)).ToArray();
        var died = members.Select(i => cohort.Event(endpoint, i) != reverse).ToArray();
        var curve = KaplanMeier.Fit(time, died, PrintedSurvival.With(target.ConfidenceType));
        switch (target.Kind)
        {
            case TargetKind.Rate:
            case TargetKind.RateLower:
            case TargetKind.RateUpper:
                var at = curve.SurvivalAt([target.LandmarkMonths ?? throw new ArgumentException($"The target {target.Claim.Id} names no landmark time.")]);
                if (at.Count == 0) return (double.NaN, null);
                var row = at[0];
                return (100 * (target.Kind == TargetKind.Rate ? row.Survival : target.Kind == TargetKind.RateLower ? row.Lower : row.Upper), null);
        }
        var median = curve.Median;
        var value = target.Kind switch
        {
            TargetKind.MedianLower => median.Lower,
            TargetKind.MedianUpper => median.Upper,
            _ => median.Time,
        };
        var series = target.Kind switch
        {
            TargetKind.MedianLower => curve.Rows.Select(r => r.Lower).ToArray(),
            TargetKind.MedianUpper => curve.Rows.Select(r => r.Upper).ToArray(),
            _ => curve.Rows.Select(r => r.Survival).ToArray(),
        };
        var printed = target.Claim.Value ?? double.NaN;
        return (value, double.IsNaN(printed) ? null : MoveTowards(curve, series, printed, endpoint, members, !reverse));
    }

    /// <summary>The fidelity row of a target.</summary>
    public static FidelityRow Row(PrintedTarget target, SyntheticCohort cohort)
    {
        if (target.NotReproducibleReason is { } reason)
            return new FidelityRow(target.Claim.Id, target.Claim.Quantity, target.Claim.Text, null, FidelityStatus.NotReproducible, target.Computation, reason);
        var (value, _) = Evaluate(target, cohort);
        return FidelityRow.Of(target.Claim.Id, target.Claim.Quantity, PrintedComparison.Of(target.Claim.Printed, value), target.Computation, target.Note);
    }

    /// <summary>How far a value is from the printed number, in half-units of the printed last place (capped at 100; 100 when missing).</summary>
    public static double Distance(PrintedTarget target, double value)
    {
        if (target.NotReproducibleReason is not null) return 0;
        if (double.IsNaN(value) || target.Claim.Value is not { } printed || target.Claim.Decimals is not { } decimals) return 100;
        return Math.Min(Math.Abs(value - printed) / (0.5 * Math.Pow(10, -decimals)), 100);
    }

    /// <summary>
    /// The first row whose value is below 0.5 (within R's tolerance) is where the curve reads its
    /// median. When the value sits on 0.5 R takes the midpoint with the next lower step, so the
    /// later time is moved to make the midpoint the printed time; otherwise the crossing time
    /// itself is moved. A curve that rests on 0.5 to its last observation (whose median is the
    /// midpoint to that observation) gets no move.
    /// </summary>
    private static TimeMove? MoveTowards(KaplanMeierCurve curve, double[] series, double printed, string endpoint, int[] members, bool isEvent)
    {
        var rows = curve.Rows;
        var first = Array.FindIndex(series, v => !double.IsNaN(v) && v < 0.5 + Tolerance);
        if (first < 0) return null;
        if (Math.Abs(series[first] - 0.5) < Tolerance)
        {
            var next = Array.FindIndex(series, first + 1, v => !double.IsNaN(v) && v < series[first] - Tolerance);
            if (next < 0) return null;
            return new TimeMove(endpoint, members, rows[next].Time, 2 * printed - rows[first].Time, isEvent);
        }
        return new TimeMove(endpoint, members, rows[first].Time, printed, isEvent);
    }
}
