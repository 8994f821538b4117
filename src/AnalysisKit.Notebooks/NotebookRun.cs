using System.Diagnostics;

namespace AnalysisKit.Notebooks;

/// <summary>
/// Runs a notebook top to bottom in the .NET Interactive kernel pinned by the repository's local
/// tool manifest (<c>.config/dotnet-tools.json</c>), one kernel process per notebook, over the
/// kernel's <c>stdio</c> protocol as VS Code drives it. Code cells go to the kernel their
/// metadata names (C# by default); markdown and raw cells are not sent. The run stops at the
/// first failing cell.
/// </summary>
public static class NotebookRun
{
    /// <summary>Runs the notebook at <paramref name="notebookPath"/> and returns every cell with its outputs.</summary>
    /// <param name="notebookPath">An <c>.ipynb</c> file (nbformat 4) inside a folder tree that holds the tool manifest.</param>
    /// <param name="options">Time limits; <see cref="NotebookRunOptions.Default"/> when null.</param>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="notebookPath"/>.</exception>
    /// <exception cref="InvalidDataException">The file is not a notebook.</exception>
    /// <exception cref="InvalidOperationException">No tool manifest pins the kernel, or the kernel did not start.</exception>
    public static ExecutedNotebook Execute(string notebookPath, NotebookRunOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(notebookPath);
        options ??= NotebookRunOptions.Default;
        options.Validate();
        var document = NotebookDocument.Read(notebookPath);
        var folder = Path.GetDirectoryName(Path.GetFullPath(notebookPath))!;
        var manifest = KernelToolManifest.FindFrom(folder);

        var startedAt = DateTimeOffset.UtcNow;
        var startup = Stopwatch.StartNew();
        using var kernel = KernelProcess.Start(manifest, folder, options.KernelStartTimeout);
        startup.Stop();

        var outputs = new RunOutputs(document.Cells.Count);
        var cells = document.Cells.ToArray();
        var executionCount = 0;
        CellFailure? failure = null;
        foreach (var cell in document.Cells)
        {
            if (!IsSentToKernel(cell)) continue;
            var clock = Stopwatch.StartNew();
            var error = CellExecution.Run(kernel, cell, outputs, options.CellTimeout);
            cells[cell.Number - 1] = cell with { ExecutionCount = ++executionCount, Duration = clock.Elapsed };
            if (error is not null)
            {
                failure = new CellFailure(notebookPath, cell.Number, cell.CodeNumber!.Value, cell.FirstLine, error);
                break;
            }
        }

        return new ExecutedNotebook
        {
            Path = notebookPath,
            KernelVersion = manifest.Version,
            KernelStartedAt = startedAt,
            KernelStartup = startup.Elapsed,
            Cells = cells.Select((c, i) => c with { Outputs = outputs.Of(i).ToArray() }).ToArray(),
            Failure = failure,
            Document = document.Root,
        };
    }

    private static bool IsSentToKernel(ExecutedCell cell) =>
        cell.Kind == NotebookCellKind.Code
        && cell.KernelName != "markdown"
        && cell.Source.Trim().Length > 0;
}
