namespace AnalysisKit.Notebooks;

/// <summary>The cell that stopped a notebook run, and the kernel's error for it.</summary>
/// <param name="NotebookPath">The notebook's path as given to the run.</param>
/// <param name="CellNumber">The failing cell's 1-based position among all cells, markdown cells included.</param>
/// <param name="CodeCellNumber">The failing cell's 1-based position among the code cells.</param>
/// <param name="FirstLine">The first line of the failing cell that is not blank.</param>
/// <param name="KernelMessage">The kernel's error message (or why the kernel did not answer).</param>
public sealed record CellFailure(string NotebookPath, int CellNumber, int CodeCellNumber, string FirstLine, string KernelMessage)
{
    /// <summary>
    /// One paragraph naming the notebook, the cell (counting every cell, markdown too, and among the
    /// code cells), its first line and the kernel's message.
    /// </summary>
    public string Message =>
        $"{NotebookPath}: cell {CellNumber} (code cell {CodeCellNumber}; cells are counted from 1, markdown cells included) failed.\n"
        + $"First line: {FirstLine}\n"
        + $"Kernel error: {KernelMessage}";

    /// <inheritdoc cref="Message"/>
    public override string ToString() => Message;
}
