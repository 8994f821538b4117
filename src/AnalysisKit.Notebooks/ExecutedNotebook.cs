using System.Text.Json.Nodes;

namespace AnalysisKit.Notebooks;

/// <summary>
/// A notebook after a run in the .NET Interactive kernel: every cell with its outputs, and either
/// success or the first failing cell (cells after it are not run).
/// </summary>
public sealed record ExecutedNotebook
{
    /// <summary>The notebook's path as given to the run.</summary>
    public required string Path { get; init; }

    /// <summary>The notebook's file name without <c>.ipynb</c>.</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary>The version of the kernel that ran it (the <c>Microsoft.dotnet-interactive</c> tool).</summary>
    public required string KernelVersion { get; init; }

    /// <summary>When the kernel process was started (UTC).</summary>
    public required DateTimeOffset KernelStartedAt { get; init; }

    /// <summary>How long the kernel took from process start to <c>KernelReady</c>.</summary>
    public required TimeSpan KernelStartup { get; init; }

    /// <summary>Every cell of the notebook in order, markdown cells included.</summary>
    public required IReadOnlyList<ExecutedCell> Cells { get; init; }

    /// <summary>The first failing cell; null when every code cell succeeded.</summary>
    public CellFailure? Failure { get; init; }

    /// <summary>True when every code cell ran without error.</summary>
    public bool Succeeded => Failure is null;

    /// <summary>Every run cell's time together: what Run All takes once the kernel has started.</summary>
    public TimeSpan CellsDuration => Cells.Aggregate(TimeSpan.Zero, (sum, c) => sum + (c.Duration ?? TimeSpan.Zero));

    /// <summary>The kernel's start-up and every cell's time together.</summary>
    public TimeSpan Duration => KernelStartup + CellsDuration;

    /// <summary>The notebook's JSON as read, which the executed notebook keeps apart from its cells' outputs.</summary>
    internal JsonObject Document { get; init; } = [];
}
