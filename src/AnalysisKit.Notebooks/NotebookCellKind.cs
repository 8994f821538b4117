namespace AnalysisKit.Notebooks;

/// <summary>The nbformat cell types.</summary>
public enum NotebookCellKind
{
    /// <summary>Markdown text; rendered, never sent to the kernel.</summary>
    Markdown,

    /// <summary>Code, sent to the kernel named by the cell's metadata.</summary>
    Code,

    /// <summary>A raw cell; kept as it is, never sent to the kernel.</summary>
    Raw,
}
