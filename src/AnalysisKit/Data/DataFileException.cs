namespace AnalysisKit.Data;

/// <summary>
/// A data file could not be read as the kit expects. The message names the file, the
/// 1-based line and the column, so the person who wrote the file can find and fix the cell.
/// </summary>
public sealed class DataFileException : Exception
{
    /// <summary>Creates the error for one place in one file.</summary>
    /// <param name="file">Path of the file, as the user gave it.</param>
    /// <param name="line">1-based line number in the file (the header is line 1); 0 when the problem is the whole file.</param>
    /// <param name="column">Column name, or null when the problem is not in one column.</param>
    /// <param name="problem">What is wrong, in plain words.</param>
    public DataFileException(string file, int line, string? column, string problem)
        : base(Describe(file, line, column, problem))
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>Path of the file, as the user gave it.</summary>
    public string File { get; }

    /// <summary>1-based line number (header = 1); 0 when the problem concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>Column name, or null.</summary>
    public string? Column { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    private static string Describe(string file, int line, string? column, string problem)
    {
        var place = file;
        if (line > 0) place += $", line {line}";
        if (column is not null) place += $", column '{column}'";
        return $"{place}: {problem}";
    }
}
