namespace AnalysisKit.Notebooks;

/// <summary>What a code cell's output is, named after the nbformat 4 output types.</summary>
public enum CellOutputKind
{
    /// <summary>A value the cell displayed (<c>display_data</c>; kernel event <c>DisplayedValueProduced</c>).</summary>
    Display,

    /// <summary>The value the cell ended with (<c>execute_result</c>; kernel event <c>ReturnValueProduced</c>).</summary>
    Result,

    /// <summary>Text written to standard output (<c>stream</c> named <c>stdout</c>).</summary>
    StandardOutput,

    /// <summary>Text written to standard error (<c>stream</c> named <c>stderr</c>).</summary>
    StandardError,

    /// <summary>The kernel's error for the cell (<c>error</c>; <c>ErrorProduced</c> or <c>CommandFailed</c>).</summary>
    Error,
}
