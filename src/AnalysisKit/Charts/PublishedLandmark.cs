namespace AnalysisKit.Charts;

/// <summary>
/// A survival probability printed in a publication (for example "12-month OS 62% (95% CI 48–74%)"),
/// drawn over the Kaplan–Meier curves as a marker with its confidence interval as an error bar.
/// </summary>
/// <param name="Label">What was published, shown in the legend and on hover (for example "Published 12-month OS").</param>
/// <param name="Time">The landmark time, in the chart's time unit.</param>
/// <param name="Survival">The published survival probability (0 to 1).</param>
/// <param name="Lower">The published lower confidence limit, or null when none was printed.</param>
/// <param name="Upper">The published upper confidence limit, or null when none was printed.</param>
public sealed record PublishedLandmark(string Label, double Time, double Survival, double? Lower = null, double? Upper = null)
{
    /// <summary>The name of the curve the landmark belongs to (it takes that curve's colour); empty for none.</summary>
    public string CurveName { get; init; } = "";
}
