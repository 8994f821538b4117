namespace AnalysisKit.Charts;

/// <summary>
/// What a chart needs to be drawn: a plain data object (numbers, strings, arrays) that is sent
/// as JSON to the chart library, which runs in its own load context (see <see cref="IsolatedCharts"/>).
/// </summary>
/// <remarks>
/// To add a chart: write its request record here in the core (implementing this interface, with
/// a constant chart name), write the chart in <c>src/AnalysisKit.Charts</c> (a static
/// <c>Create(request)</c> returning a Plotly.NET chart), and register it with one line in
/// <c>ChartCatalog</c> there. Requests hold only data that JSON can carry; no core type other
/// than the request itself crosses into the chart library.
/// </remarks>
public interface IChartRequest
{
    /// <summary>The name under which the chart library's <c>ChartCatalog</c> registers the chart.</summary>
    string ChartName { get; }

    /// <summary>The title shown above the chart (may be empty).</summary>
    string Title { get; }

    /// <summary>Checks the data, throwing <see cref="ArgumentException"/> with a readable message when it cannot be drawn.</summary>
    void Validate();
}
