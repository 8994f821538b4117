namespace AnalysisKit.Charts;

/// <summary>
/// What a chart needs to be drawn: plain data (numbers, strings, arrays), checked before
/// anything is drawn. The chart library (<c>AnalysisKit.Charts</c>, built on Plotly.NET) turns a
/// request into a Plotly.NET chart with <c>request.ToChart()</c>.
/// </summary>
/// <remarks>
/// To add a chart: write its request record here in the core (implementing this interface), and
/// in <c>src/AnalysisKit.Charts</c> a static <c>Create(request)</c> returning a Plotly.NET
/// <c>GenericChart</c>, with one line for it in <c>ChartRequests.ToChart</c>.
/// </remarks>
public interface IChartRequest
{
    /// <summary>The title shown above the chart (may be empty).</summary>
    string Title { get; }

    /// <summary>Checks the data, throwing <see cref="ArgumentException"/> with a readable message when it cannot be drawn.</summary>
    void Validate();
}
