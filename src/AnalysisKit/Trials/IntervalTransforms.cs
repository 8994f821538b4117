using AnalysisKit.Survival;

namespace AnalysisKit.Trials;

/// <summary>
/// The transform (R's <c>conf.type</c>) of a paper's printed survival confidence intervals, when
/// the printed numbers show which one was used; the <c>ci_transform</c> object of <c>trial.json</c>.
/// The reproduction ledger recomputes the intervals with it. A null transform is not known from
/// the paper, and the ledger uses R's default, <c>"log"</c>. Example: an abstract prints a 6-month
/// PFS rate of 52% with 95% CI 37.3–66.1; the interval is centred arithmetically on 51.7
/// ((37.3 + 66.1)/2), which only a plain interval S ± z·se(S) is, so its landmark transform is
/// <c>"plain"</c>.
/// </summary>
public sealed record IntervalTransforms
{
    /// <summary>The R names of the transforms: <c>log</c>, <c>log-log</c>, <c>plain</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["log", "log-log", "plain"];

    /// <summary>Transform of the intervals of landmark survival rates (S at T months), or null when not known.</summary>
    public required string? Landmark { get; init; }

    /// <summary>Transform of the pointwise band the median's interval is read from, or null when not known.</summary>
    public required string? Median { get; init; }

    /// <summary>How the printed numbers show the transform.</summary>
    public required string Evidence { get; init; }

    /// <summary>Source-text lines of the intervals.</summary>
    public required IReadOnlyList<int> SeedLines { get; init; }

    /// <summary>The transform a landmark rate's interval is recomputed with: <see cref="Landmark"/>, or R's default log.</summary>
    public ConfidenceIntervalType LandmarkType => TypeOf(Landmark);

    /// <summary>The transform a median's interval is recomputed with: <see cref="Median"/>, or R's default log.</summary>
    public ConfidenceIntervalType MedianType => TypeOf(Median);

    /// <summary>The <see cref="ConfidenceIntervalType"/> of an R <c>conf.type</c> name; null reads as R's default, log.</summary>
    /// <exception cref="ArgumentException">The name is not log, log-log or plain.</exception>
    public static ConfidenceIntervalType TypeOf(string? name) => name switch
    {
        null or "log" => ConfidenceIntervalType.Log,
        "log-log" => ConfidenceIntervalType.LogLog,
        "plain" => ConfidenceIntervalType.Plain,
        _ => throw new ArgumentException($"'{name}' is not an interval transform; use one of {string.Join(", ", Names)} (R's conf.type), or null when the paper does not show it.", nameof(name)),
    };
}
