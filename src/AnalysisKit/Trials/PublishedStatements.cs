using AnalysisKit.Data;

namespace AnalysisKit.Trials;

/// <summary>One number printed in running text (abstract or results section).</summary>
public sealed record PublishedStatement
{
    /// <summary><c>Abstract</c> or <c>Results</c> (running text outside the tables, discussion included).</summary>
    public required string Table { get; init; }
    /// <summary>Topic of the sentence (for example "Best overall response").</summary>
    public required string RowGroup { get; init; }
    /// <summary>What the number is about within the topic (for example "Partial response").</summary>
    public required string RowLabel { get; init; }
    /// <summary>Column name (<c>n</c>, <c>pct</c>, <c>median</c>, <c>median_lower</c>, <c>p</c>, <c>value</c>, ...).</summary>
    public required string Column { get; init; }
    /// <summary>What kind of number it is.</summary>
    public required ValueKind Kind { get; init; }
    /// <summary>What it measures, in plain words with its unit.</summary>
    public required string Quantity { get; init; }
    /// <summary>The printed text (possibly a word such as "Twenty-nine") with its numeric reading.</summary>
    public required PrintedNumber Printed { get; init; }
    /// <summary>Denominator when printed or clearly implied.</summary>
    public required int? Denominator { get; init; }
    /// <summary>True when the denominator was worked out rather than named by the text.</summary>
    public required bool DenominatorInferred { get; init; }
    /// <summary>Line of the source text.</summary>
    public required int SeedLine { get; init; }
    /// <summary>Line of the CSV file.</summary>
    public required int FileLine { get; init; }
    /// <summary>Remark; empty when none.</summary>
    public required string Note { get; init; }
}

/// <summary>
/// The numbers a paper prints in its running text (abstract; results section; discussion, for
/// the numbers about its own trial), one row per
/// printed number, read from a trial's <c>statements.csv</c>.
/// </summary>
public sealed class PublishedStatements
{
    /// <summary>Every column of the file, in file order.</summary>
    public static IReadOnlyList<string> FileColumns { get; } =
    [
        "table", PublishedCells.RowGroup, PublishedCells.RowLabel, "column", "kind", "quantity", "printed", "value",
        "denominator", "denominator_inferred", PublishedCells.SeedLine, PublishedCells.Note,
    ];

    private PublishedStatements(string file, IReadOnlyList<PublishedStatement> statements)
    {
        File = file;
        Statements = statements;
    }

    /// <summary>The CSV file read.</summary>
    public string File { get; }

    /// <summary>Statements in file order.</summary>
    public IReadOnlyList<PublishedStatement> Statements { get; }

    /// <summary>
    /// Reads and validates a statements CSV: <c>table</c> is Abstract or Results; <c>kind</c> is
    /// a known kind; <c>value</c> is a printed number or NA; when <c>printed</c> itself reads as a
    /// number it must state the same number with the same decimals as <c>value</c>;
    /// <c>denominator</c> is empty or a whole number, with <c>denominator_inferred</c> true/false
    /// exactly when it is given.
    /// </summary>
    public static PublishedStatements Read(string path)
    {
        var csv = CsvTable.Read(path);
        PublishedCells.RequireHeader(csv, FileColumns);
        var statements = new List<PublishedStatement>(csv.RowCount);
        for (var r = 0; r < csv.RowCount; r++)
        {
            var line = csv.LineOf(r);
            var table = PublishedCells.RequiredText(csv, r, "table");
            if (table is not (ClaimId.Abstract or ClaimId.Results))
                throw new DataFileException(path, line, "table", $"'{table}' is not Abstract or Results; table numbers belong in their table's file.");
            var kindName = PublishedCells.RequiredText(csv, r, "kind");
            if (!ValueKinds.TryParse(kindName, out var kind))
                throw new DataFileException(path, line, "kind", $"the kind '{kindName}' is unknown; use one of: {string.Join(", ", ValueKinds.All)}.");
            var printedText = PublishedCells.RequiredText(csv, r, "printed");
            var reading = PublishedCells.Number(csv, r, "value", kind)
                ?? throw new DataFileException(path, line, "value", "the value is missing (write NA when the text states no number).");
            if (PrintedNumber.TryParse(printedText, out var direct)
                && (direct!.Value != reading.Value || direct.Decimals != reading.Decimals))
                throw new DataFileException(path, line, "value", $"the value '{reading.Text}' does not read the printed '{printedText}'.");
            var printed = direct ?? PrintedNumber.Worded(printedText, reading);
            var (denominator, inferred) = Denominator(csv, r);
            statements.Add(new PublishedStatement
            {
                Table = table,
                RowGroup = PublishedCells.RequiredText(csv, r, PublishedCells.RowGroup),
                RowLabel = PublishedCells.RequiredText(csv, r, PublishedCells.RowLabel),
                Column = PublishedCells.RequiredText(csv, r, "column"),
                Kind = kind,
                Quantity = PublishedCells.RequiredText(csv, r, "quantity"),
                Printed = printed,
                Denominator = denominator,
                DenominatorInferred = inferred,
                SeedLine = PublishedCells.PositiveInteger(csv, r, PublishedCells.SeedLine),
                FileLine = line,
                Note = PublishedCells.Text(csv, r, PublishedCells.Note),
            });
        }
        return new PublishedStatements(path, statements);
    }

    private static (int? Denominator, bool Inferred) Denominator(CsvTable csv, int r)
    {
        var text = PublishedCells.Text(csv, r, "denominator");
        var flag = PublishedCells.Text(csv, r, "denominator_inferred");
        if (text.Length == 0)
        {
            if (flag.Length > 0)
                throw new DataFileException(csv.File, csv.LineOf(r), "denominator_inferred", "a flag is given but no denominator; leave both empty or fill both.");
            return (null, false);
        }
        var denominator = PublishedCells.PositiveInteger(csv, r, "denominator");
        return flag switch
        {
            "true" => (denominator, true),
            "false" => (denominator, false),
            _ => throw new DataFileException(csv.File, csv.LineOf(r), "denominator_inferred",
                $"'{flag}' is not true or false (true when the denominator was worked out, false when the text names it)."),
        };
    }

    /// <summary>Every statement as a <see cref="PublishedValue"/>.</summary>
    public IEnumerable<PublishedValue> PublishedValues(string trial, string seedFile) =>
        Statements.Select(s => new PublishedValue
        {
            Trial = trial, Table = s.Table, RowGroup = s.RowGroup, RowLabel = s.RowLabel, Column = s.Column,
            Kind = s.Kind, Quantity = s.Quantity, Printed = s.Printed, Denominator = s.Denominator,
            DenominatorInferred = s.DenominatorInferred, File = File, FileLine = s.FileLine, SeedFile = seedFile,
            SeedLine = s.SeedLine, Note = s.Note,
        });
}
