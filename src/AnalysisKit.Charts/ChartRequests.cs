using Plotly.NET;

namespace AnalysisKit.Charts;

/// <summary>
/// Turns the core's chart requests into Plotly.NET charts. The result is an ordinary
/// <see cref="GenericChart"/>: restyle it or combine it with Plotly.NET's own functions
/// (<c>Chart.Combine</c>, <c>GenericChart.mapLayout</c>, the <c>With…</c> extension methods).
/// </summary>
public static class ChartRequests
{
    /// <summary>
    /// The chart of <paramref name="request"/>: <see cref="KaplanMeierChart"/>,
    /// <see cref="ForestPlot"/> or <see cref="StepLineChart"/> by the request's type. The request
    /// is checked first, so bad data fails with an <see cref="ArgumentException"/>.
    /// </summary>
    public static GenericChart ToChart(this IChartRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request switch
        {
            KaplanMeierChartRequest km => KaplanMeierChart.Create(km),
            ForestPlotRequest forest => ForestPlot.Create(forest),
            StepLineChartRequest steps => StepLineChart.Create(steps),
            _ => throw new ArgumentException($"The kit draws no chart for a {request.GetType().Name}; it draws Kaplan–Meier charts, forest plots and step lines.", nameof(request)),
        };
    }
}
