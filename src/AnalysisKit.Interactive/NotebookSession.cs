using System.Runtime.CompilerServices;
using AnalysisKit.Charts;
using Deedle;
using Plotly.NET;

namespace AnalysisKit.Interactive;

/// <summary>
/// Starts a notebook's session with the kit in the .NET Interactive kernel. Every notebook's
/// first cell is
/// <code>
/// #r "../src/AnalysisKit.Interactive/bin/AnalysisKit.Interactive.dll"
/// AnalysisKit.Interactive.NotebookSession.Start()
/// </code>
/// after which the kit, Plotly.NET and Deedle can be used directly in any later cell.
/// </summary>
/// <remarks>
/// <see cref="Start"/> does two things, in this order:
/// <list type="number">
/// <item>it answers every request for FSharp.Core with the one the kernel has already loaded
/// (<see cref="FSharpCoreUnification"/>): the kernel carries FSharp.Core 10.0, while Plotly.NET and
/// Deedle are built against 10.1, whose public API differs from 10.0's only by members they do not
/// use (a test reads their metadata to prove it);</item>
/// <item>it registers the kernel's HTML formatters for Plotly.NET's <see cref="GenericChart"/>
/// (<see cref="NotebookCharts"/>: the session's first chart carries plotly.js, later ones only their
/// figure) and for Deedle's <see cref="Frame{TRowKey, TColumnKey}"/> (<see cref="FrameHtml"/>), through
/// the kernel's own <c>Formatter.Register</c> (<see cref="KernelFormatters"/>).</item>
/// </list>
/// The kit's own results need no registration: they carry the kernel's convention-based
/// <c>TypeFormatterSource</c> attribute. Running the first cell again is harmless, and makes the
/// next chart carry plotly.js again (for a page whose earlier outputs were cleared).
/// Outside a kernel (a test, a program) <see cref="Start"/> only does the first step.
/// </remarks>
public static class NotebookSession
{
    /// <summary>Starts (or restarts) the session; see the remarks of <see cref="NotebookSession"/>.</summary>
    public static void Start()
    {
        FSharpCoreUnification.Register();
        RegisterFormatters();
    }

    // Kept out of Start, so that F# types are first touched only after FSharp.Core is answered for.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RegisterFormatters()
    {
        NotebookCharts.Restart();
        KernelFormatters.RegisterHtml(typeof(GenericChart), chart => NotebookCharts.Html((GenericChart)chart));
        KernelFormatters.RegisterHtml(typeof(Frame<,>), FrameHtml.Of);
    }
}
