using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Runtime.Loader;

namespace AnalysisKit.Charts;

/// <summary>
/// Draws charts with the chart library (<c>AnalysisKit.Charts</c>, built on Plotly.NET) loaded in
/// its own <see cref="AssemblyLoadContext"/>, and hands back HTML.
/// </summary>
/// <remarks>
/// Plotly.NET needs FSharp.Core 10.1 or later, while the .NET Interactive notebook kernel runs
/// with its own older FSharp.Core already loaded; a direct call into Plotly.NET from a notebook
/// therefore fails to load FSharp.Core. Here the chart library, Plotly.NET and their own
/// FSharp.Core are loaded from the chart folder (<see cref="ChartsLocation"/>) into a separate
/// context, and only strings cross between the two: the request goes in as JSON
/// (<see cref="ChartRequestJson"/>), the chart comes back as an HTML string. The chart library's
/// entry point is the static class <c>AnalysisKit.Charts.ChartEntry</c>; its methods are called
/// by name. One load context is made per chart folder and kept for the life of the process.
/// </remarks>
public sealed class IsolatedCharts
{
    private const string EntryTypeName = "AnalysisKit.Charts.ChartEntry";

    private static readonly ConcurrentDictionary<string, Lazy<(AssemblyLoadContext Context, Type Entry)>> Loaded =
        new(StringComparer.Ordinal);

    // PublicationOnly: a failure (library not built yet) is not remembered, so building and
    // asking again works without restarting the kernel.
    private static readonly Lazy<IsolatedCharts> DefaultCharts =
        new(() => new IsolatedCharts(ChartsLocation.Find()), LazyThreadSafetyMode.PublicationOnly);

    private readonly Lazy<(AssemblyLoadContext Context, Type Entry)> _loaded;

    /// <summary>
    /// The charts found by <see cref="ChartsLocation.Find()"/>. The first use loads the chart
    /// library; it throws <see cref="FileNotFoundException"/> when the library has not been built.
    /// </summary>
    public static IsolatedCharts Default => DefaultCharts.Value;

    /// <summary>Charts from the chart library in <paramref name="chartsDirectory"/> (loaded on first use).</summary>
    public IsolatedCharts(string chartsDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(chartsDirectory);
        ChartsDirectory = Path.GetFullPath(chartsDirectory);
        var assemblyPath = Path.Combine(ChartsDirectory, ChartsLocation.ChartsAssemblyFileName);
        if (!File.Exists(assemblyPath))
            throw new FileNotFoundException(
                $"The chart library {ChartsLocation.ChartsAssemblyFileName} is not in {ChartsDirectory}. Build the repository once with 'dotnet build' at its root.",
                assemblyPath);
        _loaded = Loaded.GetOrAdd(ChartsDirectory, folder => new Lazy<(AssemblyLoadContext, Type)>(() => Load(folder)));
    }

    /// <summary>The folder the chart library is loaded from.</summary>
    public string ChartsDirectory { get; }

    /// <summary>The load context holding the chart library and its dependencies.</summary>
    public AssemblyLoadContext LoadContext => _loaded.Value.Context;

    /// <summary>The names of the charts the library can draw (its <c>ChartCatalog</c>), in ordinal order.</summary>
    public IReadOnlyList<string> ChartNames => (string[])Call("ChartNames");

    /// <summary>
    /// Draws <paramref name="request"/> as an HTML fragment. The request is checked first
    /// (<see cref="IChartRequest.Validate"/>), so bad data fails with an <see cref="ArgumentException"/>
    /// before anything is drawn.
    /// </summary>
    /// <param name="request">The chart and its data.</param>
    /// <param name="script">Whether the fragment carries plotly.js (<see cref="PlotlyScript.Embedded"/>, the default) or relies on the page (<see cref="PlotlyScript.None"/>).</param>
    public HtmlChart Render(IChartRequest request, PlotlyScript script = PlotlyScript.Embedded)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var html = (string)Call("Render", request.ChartName, ChartRequestJson.Write(request), script.ToString());
        return new HtmlChart(request.ChartName, request.Title, html);
    }

    /// <summary>
    /// The plotly figure of <paramref name="request"/> as JSON (<c>{"data": [...], "layout": {...},
    /// "config": {...}}</c>): the traces' values and labels, for checking a chart without a browser.
    /// </summary>
    public string FigureJson(IChartRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        return (string)Call("FigureJson", request.ChartName, ChartRequestJson.Write(request));
    }

    /// <summary>
    /// A <c>&lt;script&gt;</c> element holding plotly.js, to put once in a page whose charts are
    /// drawn with <see cref="PlotlyScript.None"/>.
    /// </summary>
    public string PlotlyScriptTag() => (string)Call("PlotlyScriptTag");

    private object Call(string method, params object[] arguments)
    {
        var entry = _loaded.Value.Entry;
        var target = entry.GetMethod(method, BindingFlags.Public | BindingFlags.Static, arguments.Select(a => a.GetType()).ToArray())
            ?? throw new MissingMethodException(EntryTypeName, method);
        try
        {
            return target.Invoke(null, arguments)
                ?? throw new InvalidOperationException($"{EntryTypeName}.{method} returned nothing.");
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    private static (AssemblyLoadContext, Type) Load(string folder)
    {
        var context = new ChartsLoadContext(folder);
        var assembly = context.LoadFromAssemblyPath(Path.Combine(folder, ChartsLocation.ChartsAssemblyFileName));
        var entry = assembly.GetType(EntryTypeName, throwOnError: false)
            ?? throw new InvalidOperationException($"{assembly.Location} has no {EntryTypeName}; rebuild the repository with 'dotnet build'.");
        return (context, entry);
    }
}
