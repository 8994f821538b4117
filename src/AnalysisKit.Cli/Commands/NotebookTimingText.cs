using System.Globalization;
using AnalysisKit.Notebooks;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// The lines <c>notebooks run</c> prints for a notebook: one summary line with the kernel's
/// start-up and the cells' time (Run All once the kernel has started), and with
/// <c>--timings</c> one line per run cell, slowest first.
/// </summary>
internal static class NotebookTimingText
{
    public static string Summary(ExecutedNotebook executed)
    {
        var run = executed.Cells.Count(c => c.WasRun);
        var code = executed.Cells.Count(c => c.Kind == NotebookCellKind.Code);
        return $"{executed.Name}: {run} of {code} code cells run, kernel start {Seconds(executed.KernelStartup)} s, "
            + $"cells {Seconds(executed.CellsDuration)} s, {(executed.Succeeded ? "ok" : "failed")}";
    }

    public static IEnumerable<string> Cells(ExecutedNotebook executed) =>
        executed.Cells
            .Where(c => c.Duration is not null)
            .OrderByDescending(c => c.Duration)
            .Select(c => $"  cell {c.Number.ToString(CultureInfo.InvariantCulture)}: {Seconds(c.Duration!.Value, "0.00")} s  {c.FirstLine}");

    private static string Seconds(TimeSpan time, string format = "0.0") =>
        time.TotalSeconds.ToString(format, CultureInfo.InvariantCulture);
}
