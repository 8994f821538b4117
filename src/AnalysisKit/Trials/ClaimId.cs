namespace AnalysisKit.Trials;

/// <summary>
/// The stable identifier of one published number: <c>trial/table/row_group/row_label/column</c>
/// (for example <c>trial/Table4/Sex/Female/median</c>), as the <c>reproduce</c> command's
/// JSON contract fixes it. Row names are the printed ones and may themselves contain '/'
/// ("Good/moderate"), so an identifier is built from its parts and compared whole; it is not
/// meant to be split back.
/// </summary>
public static class ClaimId
{
    /// <summary>Table name of numbers printed in a paper's abstract.</summary>
    public const string Abstract = "Abstract";

    /// <summary>
    /// Table name of numbers printed in a paper's running text outside the abstract and the
    /// tables: the results section, and what the discussion prints about the trial itself (its
    /// row groups say "discussion"; figures cited from other studies are not claims).
    /// </summary>
    public const string Results = "Results";

    /// <summary>Row group of the whole-cohort row of a subgroup table.</summary>
    public const string AllRowGroup = "All";

    /// <summary>Joins the five parts with '/'. Every part must be non-empty.</summary>
    public static string Of(string trial, string table, string rowGroup, string rowLabel, string column)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trial);
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        ArgumentException.ThrowIfNullOrWhiteSpace(rowGroup);
        ArgumentException.ThrowIfNullOrWhiteSpace(rowLabel);
        ArgumentException.ThrowIfNullOrWhiteSpace(column);
        return $"{trial}/{table}/{rowGroup}/{rowLabel}/{column}";
    }

    /// <summary>True for a printed table name of the form <c>TableN</c> (N = 1, 2, ...).</summary>
    public static bool IsTableName(string table) =>
        table.Length > 5 && table.StartsWith("Table", StringComparison.Ordinal)
        && table[5] != '0' && table[5..].All(char.IsAsciiDigit);

    /// <summary>How a table name reads in the paper: "Table 4" for <c>Table4</c>; Abstract and Results unchanged.</summary>
    public static string SourceOf(string table) => IsTableName(table) ? "Table " + table[5..] : table;
}
