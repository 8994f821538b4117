using AnalysisKit.Survival;
using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction.SparseSummaries;

/// <summary>What a printed number is, seen from the synthetic patients that should reproduce it.</summary>
public enum TargetKind
{
    /// <summary>The number of patients.</summary>
    PatientCount,

    /// <summary>The percentage of patients with a baseline label (100 · count / all patients).</summary>
    GroupPercentage,

    /// <summary>Kaplan–Meier median (R's <c>print.survfit</c>).</summary>
    Median,

    /// <summary>Lower 95% limit of the median: where the lower pointwise band reaches 0.5.</summary>
    MedianLower,

    /// <summary>Upper 95% limit of the median: where the upper pointwise band reaches 0.5.</summary>
    MedianUpper,

    /// <summary>Kaplan–Meier survival at a landmark time, in per cent (R's <c>summary(fit, times = T)</c>).</summary>
    Rate,

    /// <summary>Lower 95% pointwise limit of the landmark rate, in per cent.</summary>
    RateLower,

    /// <summary>Upper 95% pointwise limit of the landmark rate, in per cent.</summary>
    RateUpper,

    /// <summary>Median follow-up by the reverse Kaplan–Meier method (censoring counted as the event, events as censored).</summary>
    MedianFollowUp,
}

/// <summary>
/// A printed number and how the kit recomputes it from synthetic patients: the endpoint, the
/// patients it covers (all, or those with one baseline label) and, for intervals, the transform.
/// </summary>
public sealed record PrintedTarget
{
    /// <summary>The printed number.</summary>
    public required PublishedValue Claim { get; init; }

    /// <summary>What it is.</summary>
    public required TargetKind Kind { get; init; }

    /// <summary>Endpoint column name (<c>os</c>, <c>ttp</c>...); null for counts and percentages.</summary>
    public string? Endpoint { get; init; }

    /// <summary>Baseline column restricting the patients, or null for all patients.</summary>
    public string? GroupColumn { get; init; }

    /// <summary>The label the patients must have in <see cref="GroupColumn"/>.</summary>
    public string? GroupLevel { get; init; }

    /// <summary>Transform of the pointwise intervals; default <see cref="ConfidenceIntervalType.Log"/> (R's <c>conf.type = "log"</c>).</summary>
    public ConfidenceIntervalType ConfidenceType { get; init; } = ConfidenceIntervalType.Log;

    /// <summary>Landmark time (months) of a rate.</summary>
    public double? LandmarkMonths { get; init; }

    /// <summary>When set, the number is not recomputed and is reported as not reproducible for this reason.</summary>
    public string? NotReproducibleReason { get; init; }

    /// <summary>Remark written into the fidelity row (for example why a transform was chosen).</summary>
    public string Note { get; init; } = "";

    /// <summary>How the kit computes the number, in words.</summary>
    public string Computation
    {
        get
        {
            var who = GroupColumn is null ? "all patients" : $"patients with {GroupColumn} = {GroupLevel}";
            var transform = ConfidenceType switch
            {
                ConfidenceIntervalType.LogLog => "log-log",
                ConfidenceIntervalType.Plain => "plain",
                _ => "log",
            };
            return Kind switch
            {
                TargetKind.PatientCount => "number of synthetic patients",
                TargetKind.GroupPercentage => $"100 × patients with {GroupColumn} = {GroupLevel} / all patients",
                TargetKind.Median => $"Kaplan-Meier median of {Endpoint} (R print.survfit), {who}",
                TargetKind.MedianLower or TargetKind.MedianUpper =>
                    $"95% CI of the Kaplan-Meier median of {Endpoint}, Greenwood variance, {transform} transform (R survfit conf.type = \"{transform}\"), {who}",
                TargetKind.Rate => $"100 × Kaplan-Meier survival of {Endpoint} at {LandmarkMonths} months (R summary(fit, times = {LandmarkMonths})), {who}",
                TargetKind.RateLower or TargetKind.RateUpper =>
                    $"100 × 95% pointwise limit of {Endpoint} survival at {LandmarkMonths} months, Greenwood variance, {transform} transform (R survfit conf.type = \"{transform}\"), {who}",
                TargetKind.MedianFollowUp => $"reverse Kaplan-Meier median follow-up on {Endpoint} (censorings counted as events), {who}",
                _ => Kind.ToString(),
            };
        }
    }
}
