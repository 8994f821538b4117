using AnalysisKit.Data;

namespace AnalysisKit.Trials;

/// <summary>One printed row of a <see cref="CountTable"/>: its names and its printed cells by column.</summary>
public sealed record CountRow
{
    /// <summary>Printed row group (the variable or section heading).</summary>
    public required string RowGroup { get; init; }
    /// <summary>Printed row label (the category).</summary>
    public required string RowLabel { get; init; }
    /// <summary>Printed cells by column name; a column absent here was not printed in this row.</summary>
    public required IReadOnlyDictionary<string, PrintedNumber> Cells { get; init; }
    /// <summary>Line of the source text the row was read from.</summary>
    public required int SeedLine { get; init; }
    /// <summary>Line of the CSV file.</summary>
    public required int FileLine { get; init; }
    /// <summary>Remark on the row; empty when none.</summary>
    public required string Note { get; init; }

    /// <summary>The printed cell of a column, or null when not printed.</summary>
    public PrintedNumber? this[string column] => Cells.GetValueOrDefault(column);

    /// <summary>The count printed in column <c>n</c>, or null.</summary>
    public PrintedNumber? N => this["n"];

    /// <summary>The percentage printed in column <c>pct</c>, or null.</summary>
    public PrintedNumber? Pct => this["pct"];
}

/// <summary>
/// A printed table of counts, percentages or summary statistics, one row per printed row
/// (for example a Table 1 of characteristics, Table 2 adverse events by grade, Table 3
/// responses). Its value columns and their kinds are declared in <c>trial.json</c>.
/// </summary>
public sealed class CountTable
{
    private CountTable(TrialFileEntry entry, string file, IReadOnlyList<CountRow> rows)
    {
        Table = entry.Table!;
        Title = entry.Title;
        Population = entry.Population;
        Columns = entry.Columns!;
        File = file;
        Rows = rows;
    }

    /// <summary>Table name (<c>Table1</c>).</summary>
    public string Table { get; }
    /// <summary>Title as printed.</summary>
    public string Title { get; }
    /// <summary>Number of patients the table describes (the usual denominator of its percentages).</summary>
    public int? Population { get; }
    /// <summary>Value columns with their kinds.</summary>
    public IReadOnlyList<CountColumn> Columns { get; }
    /// <summary>The CSV file read.</summary>
    public string File { get; }
    /// <summary>Rows in printed order.</summary>
    public IReadOnlyList<CountRow> Rows { get; }

    /// <summary>The row with the printed group and label; throws <see cref="ArgumentException"/> when absent.</summary>
    public CountRow Row(string rowGroup, string rowLabel) =>
        Rows.FirstOrDefault(r => r.RowGroup == rowGroup && r.RowLabel == rowLabel)
        ?? throw new ArgumentException($"{Table} has no row '{rowGroup}' / '{rowLabel}'.");

    /// <summary>The kind of a value column.</summary>
    public ValueKind KindOf(string column)
    {
        var declared = Columns.FirstOrDefault(c => c.Name == column)
            ?? throw new ArgumentException($"'{column}' is not a column of {Table}.");
        ValueKinds.TryParse(declared.Kind, out var kind);
        return kind;
    }

    /// <summary>Reads and validates a counts CSV whose value columns <paramref name="entry"/> declares.</summary>
    public static CountTable Read(string path, TrialFileEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var columns = entry.Columns ?? throw new ArgumentException("a counts table needs declared columns.", nameof(entry));
        var csv = CsvTable.Read(path);
        string[] header = [PublishedCells.RowGroup, PublishedCells.RowLabel, .. columns.Select(c => c.Name), PublishedCells.SeedLine, PublishedCells.Note];
        PublishedCells.RequireHeader(csv, header);
        var kinds = columns.ToDictionary(c => c.Name, c => ValueKinds.TryParse(c.Kind, out var k) ? k : ValueKind.Count);
        var rows = new List<CountRow>(csv.RowCount);
        for (var r = 0; r < csv.RowCount; r++)
        {
            var cells = new Dictionary<string, PrintedNumber>(StringComparer.Ordinal);
            foreach (var column in columns)
            {
                if (PublishedCells.Number(csv, r, column.Name, kinds[column.Name]) is { } printed) cells[column.Name] = printed;
            }
            rows.Add(new CountRow
            {
                RowGroup = PublishedCells.RequiredText(csv, r, PublishedCells.RowGroup),
                RowLabel = PublishedCells.RequiredText(csv, r, PublishedCells.RowLabel),
                Cells = cells,
                SeedLine = PublishedCells.PositiveInteger(csv, r, PublishedCells.SeedLine),
                FileLine = csv.LineOf(r),
                Note = PublishedCells.Text(csv, r, PublishedCells.Note),
            });
        }
        return new CountTable(entry, path, rows);
    }

    /// <summary>
    /// Every printed cell as a <see cref="PublishedValue"/>. Percentages and counts carry the
    /// table's population as denominator (flagged as inferred: the table states it once in its title).
    /// </summary>
    public IEnumerable<PublishedValue> PublishedValues(string trial, string seedFile)
    {
        foreach (var row in Rows)
        {
            foreach (var column in Columns)
            {
                if (row[column.Name] is not { } printed) continue;
                var kind = KindOf(column.Name);
                var proportion = kind is ValueKind.Count or ValueKind.Percentage;
                yield return new PublishedValue
                {
                    Trial = trial, Table = Table, RowGroup = row.RowGroup, RowLabel = row.RowLabel, Column = column.Name,
                    Kind = kind, Quantity = column.Quantity, Printed = printed,
                    Denominator = proportion ? Population : null,
                    DenominatorInferred = proportion && Population is not null,
                    File = File, FileLine = row.FileLine, SeedFile = seedFile, SeedLine = row.SeedLine, Note = row.Note,
                };
            }
        }
    }
}
