namespace AnalysisKit.Trials;

/// <summary>
/// One number printed in a trial's paper, in a form common to every table and to the running
/// text: where it is (table, row group, row label, column), what it is (kind and quantity),
/// the printed text with its reading, and where it was read (data file line and source-text line).
/// </summary>
public sealed record PublishedValue
{
    /// <summary>Trial identifier (the folder name under <c>data/trials</c>).</summary>
    public required string Trial { get; init; }

    /// <summary><c>Abstract</c>, <c>Results</c> or <c>TableN</c>.</summary>
    public required string Table { get; init; }

    /// <summary>Printed row group (<c>All</c> for the whole-cohort row of a subgroup table).</summary>
    public required string RowGroup { get; init; }

    /// <summary>Printed row label.</summary>
    public required string RowLabel { get; init; }

    /// <summary>Column name (<c>n</c>, <c>pct</c>, <c>median</c>, <c>s12_lower</c>, <c>p</c>, ...).</summary>
    public required string Column { get; init; }

    /// <summary>What kind of number this is.</summary>
    public required ValueKind Kind { get; init; }

    /// <summary>What the number measures, in plain words with its unit.</summary>
    public required string Quantity { get; init; }

    /// <summary>The printed text and its reading.</summary>
    public required PrintedNumber Printed { get; init; }

    /// <summary>The denominator of a count or percentage when printed or clearly implied; otherwise null.</summary>
    public int? Denominator { get; init; }

    /// <summary>True when <see cref="Denominator"/> was worked out from the numbers rather than printed or named by the text.</summary>
    public bool DenominatorInferred { get; init; }

    /// <summary>Endpoint of a survival table (PFS, OS, TTRP), or null.</summary>
    public string? Endpoint { get; init; }

    /// <summary>The data file the value was read from.</summary>
    public required string File { get; init; }

    /// <summary>1-based line of <see cref="File"/>.</summary>
    public required int FileLine { get; init; }

    /// <summary>The source text (file name under the seed folder) the number was read from.</summary>
    public required string SeedFile { get; init; }

    /// <summary>1-based line of the source text the number was read from.</summary>
    public required int SeedLine { get; init; }

    /// <summary>Remarks on the printed value (conversion doubts, conflicts with other places); empty when none.</summary>
    public string Note { get; init; } = "";

    /// <summary>The claim identifier <c>trial/table/row_group/row_label/column</c>.</summary>
    public string Id => ClaimId.Of(Trial, Table, RowGroup, RowLabel, Column);

    /// <summary>Where the paper prints it: "Table 4", "Abstract" or "Results".</summary>
    public string Source => ClaimId.SourceOf(Table);

    /// <summary>The printed text, verbatim.</summary>
    public string Text => Printed.Text;

    /// <summary>The number stated, or null for "NA".</summary>
    public double? Value => Printed.Value;

    /// <summary>Digits printed after the decimal point; null when there is no value.</summary>
    public int? Decimals => Printed.Decimals;

    /// <summary>
    /// For a confidence-interval limit, the column of the estimate it belongs to
    /// (<c>median</c> for <c>median_lower</c>, <c>s12</c> for <c>s12_upper</c>); otherwise null.
    /// </summary>
    public string? EstimateColumn =>
        Column.EndsWith("_lower", StringComparison.Ordinal) ? Column[..^6]
        : Column.EndsWith("_upper", StringComparison.Ordinal) ? Column[..^6]
        : null;

    /// <summary>
    /// For a percentage in a column named <c>pct</c> or <c>..._pct</c>, the column holding its
    /// count on the same row (<c>n</c>, <c>grade3_n</c>); otherwise null. The count may not be printed.
    /// </summary>
    public string? CountColumn =>
        Kind == ValueKind.Percentage && Column.EndsWith("pct", StringComparison.Ordinal) ? Column[..^3] + "n" : null;

    /// <summary>
    /// The landmark time of a survival rate or of its limits, read from a column named
    /// <c>sT</c>, <c>sT_lower</c> or <c>sT_upper</c> (12 for <c>s12</c>), in the trial's time unit; otherwise null.
    /// </summary>
    public double? LandmarkTime
    {
        get
        {
            var column = EstimateColumn ?? Column;
            if (column.Length < 2 || column[0] != 's' || !column[1..].All(char.IsAsciiDigit)) return null;
            return double.Parse(column[1..], System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
