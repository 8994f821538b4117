namespace AnalysisKit.Charts;

/// <summary>
/// Where a Kaplan–Meier chart puts its legend. The default is <see cref="InsidePlot"/>, which
/// suits a few curves; a chart with many legend entries (several trials and a dozen cited
/// medians) should use <see cref="BelowChart"/>, so that no entry covers a curve.
/// </summary>
public enum LegendPlacement
{
    /// <summary>The default: a vertical legend in the top right corner of the survival panel, over the plot.</summary>
    InsidePlot = 0,

    /// <summary>
    /// Outside the plot area, under the number-at-risk table: a horizontal legend in two columns
    /// of half the chart's width each, for which the chart is made taller by one row per two entries.
    /// </summary>
    BelowChart = 1,
}
