namespace AnalysisKit.Notebooks;

/// <summary>A cell of a notebook after a run: what it holds, and for a code cell what the kernel made of it.</summary>
public sealed record ExecutedCell
{
    /// <summary>The cell's 1-based position among all cells, markdown cells included.</summary>
    public required int Number { get; init; }

    /// <summary>The cell's 1-based position among the code cells; null for markdown and raw cells.</summary>
    public required int? CodeNumber { get; init; }

    /// <summary>The cell type.</summary>
    public required NotebookCellKind Kind { get; init; }

    /// <summary>The kernel the cell is written for (<c>csharp</c>, <c>fsharp</c>, <c>markdown</c>, ...).</summary>
    public required string KernelName { get; init; }

    /// <summary>The cell's source, with <c>\n</c> line endings.</summary>
    public required string Source { get; init; }

    /// <summary>The position of the cell in run order (1, 2, 3, ...); null when it was not run.</summary>
    public int? ExecutionCount { get; init; }

    /// <summary>The cell's outputs in the order the kernel produced them.</summary>
    public IReadOnlyList<CellOutput> Outputs { get; init; } = [];

    /// <summary>How long the kernel took over the cell; null when it was not run.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>The first line of the source that is not blank.</summary>
    public string FirstLine => LineEndings.FirstLine(Source);

    /// <summary>True when the cell was sent to the kernel.</summary>
    public bool WasRun => ExecutionCount is not null;
}
