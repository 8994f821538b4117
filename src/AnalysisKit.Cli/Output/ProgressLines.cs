using System.Diagnostics;
using System.Globalization;
using AnalysisKit.Reconstruction;

namespace AnalysisKit.Cli.Output;

/// <summary>
/// Writes each reported step of a reconstruction as one line, with the seconds since this
/// writer was made: <c>trial: stage 3/8 (progression table) done, seed 20210, 12.4 s, objective 231.5</c>.
/// The objective is rounded to 2 decimals (never printed as -0). Reports arrive from the
/// search's threads; lines are written whole, one at a time, at once (not posted to another
/// thread as <see cref="Progress{T}"/> does).
/// </summary>
internal sealed class ProgressLines(TextWriter writer) : IProgress<ReconstructionProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly object _gate = new();

    /// <inheritdoc/>
    public void Report(ReconstructionProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var line = string.Create(CultureInfo.InvariantCulture, $"{value.TrialId}: {value.Step}, {_clock.Elapsed.TotalSeconds:0.0} s")
            + (value.Objective is { } objective ? string.Create(CultureInfo.InvariantCulture, $", objective {Math.Round(objective, 2) + 0.0:0.##}") : "");
        lock (_gate)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }
}
