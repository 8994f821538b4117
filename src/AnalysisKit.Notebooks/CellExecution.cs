using System.Diagnostics;

namespace AnalysisKit.Notebooks;

/// <summary>
/// Sends one code cell to the kernel and records its outputs until the command ends. The cell
/// fails on <c>CommandFailed</c>, on any <c>ErrorProduced</c>, or when the kernel exits or does
/// not finish within the time limit.
/// </summary>
internal static class CellExecution
{
    /// <summary>Runs <paramref name="cell"/>; returns the kernel's error message, or null when the cell succeeded.</summary>
    public static string? Run(KernelProcess kernel, ExecutedCell cell, RunOutputs outputs, TimeSpan timeout)
    {
        var index = cell.Number - 1;
        var token = $"cell-{cell.Number}";
        kernel.SubmitCode(cell.Source, cell.KernelName, token);
        string? error = null;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var read = kernel.NextEvent(timeout - clock.Elapsed);
            if (read.Event is not { } e)
            {
                var message = kernel.Describe(read, timeout);
                outputs.Add(index, CellOutput.Error(message));
                return message;
            }
            if (!e.BelongsTo(token)) continue;
            switch (e.EventType)
            {
                case "DisplayedValueProduced":
                    outputs.Add(index, CellOutput.Value(CellOutputKind.Display, e.FormattedValues(), e.ValueId));
                    break;
                case "DisplayedValueUpdated":
                    outputs.Update(index, e.ValueId, e.FormattedValues());
                    break;
                case "ReturnValueProduced":
                    outputs.Add(index, CellOutput.Value(CellOutputKind.Result, e.FormattedValues(), e.ValueId));
                    break;
                case "StandardOutputValueProduced":
                    outputs.Add(index, CellOutput.Stream(CellOutputKind.StandardOutput, StreamText(e)));
                    break;
                case "StandardErrorValueProduced":
                    outputs.Add(index, CellOutput.Stream(CellOutputKind.StandardError, StreamText(e)));
                    break;
                case "ErrorProduced":
                    error ??= LineEndings.Normalize(e.Message);
                    outputs.Add(index, CellOutput.Error(LineEndings.Normalize(e.Message)));
                    break;
                case "CommandFailed" when e.Token == token:
                    var failure = LineEndings.Normalize(e.Message);
                    if (!outputs.HasError(index)) outputs.Add(index, CellOutput.Error(failure));
                    return failure.Length > 0 ? failure : error ?? "the kernel reported the command as failed without a message";
                case "CommandSucceeded" when e.Token == token:
                    return error;
            }
        }
    }

    private static string StreamText(KernelEvent e) =>
        string.Concat(e.FormattedValues().Where(v => v.Key == "text/plain").Select(v => v.Value));
}
