namespace AnalysisKit.Notebooks;

/// <summary>Limits of a notebook run.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>How long one cell may run before the kernel is stopped and the cell fails. Default: 10 minutes.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long the kernel may take to report <c>KernelReady</c>. Default: 2 minutes.</summary>
    public TimeSpan KernelStartTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The options used when none are given.</summary>
    public static NotebookRunOptions Default { get; } = new();

    internal void Validate()
    {
        if (CellTimeout <= TimeSpan.Zero)
            throw new ArgumentException($"The cell time limit must be positive, not {CellTimeout}.", nameof(CellTimeout));
        if (KernelStartTimeout <= TimeSpan.Zero)
            throw new ArgumentException($"The kernel start time limit must be positive, not {KernelStartTimeout}.", nameof(KernelStartTimeout));
    }
}
