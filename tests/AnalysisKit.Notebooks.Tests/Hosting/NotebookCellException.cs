namespace AnalysisKit.Notebooks.Tests.Hosting;

/// <summary>A notebook cell that did not compile, threw, or used something the kernel would reject.</summary>
public sealed class NotebookCellException : Exception
{
    /// <summary>The failure of cell <paramref name="cellNumber"/> of <paramref name="notebook"/>.</summary>
    public NotebookCellException(string notebook, int cellNumber, string problem, Exception? inner = null)
        : base($"{notebook}, cell {cellNumber}: {problem}", inner)
    {
        Notebook = notebook;
        CellNumber = cellNumber;
        Problem = problem;
    }

    /// <summary>The notebook's file name.</summary>
    public string Notebook { get; }

    /// <summary>The failing cell's position, counting every cell from 1.</summary>
    public int CellNumber { get; }

    /// <summary>What went wrong.</summary>
    public string Problem { get; }
}
