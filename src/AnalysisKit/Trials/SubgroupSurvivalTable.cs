using AnalysisKit.Data;

namespace AnalysisKit.Trials;

/// <summary>
/// One printed row of a subgroup Kaplan–Meier summary table (n, events, median with its 95% CI,
/// 1- and 2-year survival with their CIs, log-rank p). Every cell keeps its printed text; a
/// null cell was not printed. The p of a row group is printed on the group's first row.
/// </summary>
public sealed record SubgroupSurvivalRow
{
    /// <summary>Printed row group (<c>All</c> for the whole-cohort row).</summary>
    public required string RowGroup { get; init; }
    /// <summary>Printed row label.</summary>
    public required string RowLabel { get; init; }
    /// <summary>Number of patients.</summary>
    public required PrintedNumber? N { get; init; }
    /// <summary>Number of events.</summary>
    public required PrintedNumber? Events { get; init; }
    /// <summary>Median time to event.</summary>
    public required PrintedNumber? Median { get; init; }
    /// <summary>Lower 95% confidence limit of the median.</summary>
    public required PrintedNumber? MedianLower { get; init; }
    /// <summary>Upper 95% confidence limit of the median.</summary>
    public required PrintedNumber? MedianUpper { get; init; }
    /// <summary>Survival probability at 12 months.</summary>
    public required PrintedNumber? S12 { get; init; }
    /// <summary>Lower 95% confidence limit at 12 months.</summary>
    public required PrintedNumber? S12Lower { get; init; }
    /// <summary>Upper 95% confidence limit at 12 months.</summary>
    public required PrintedNumber? S12Upper { get; init; }
    /// <summary>Survival probability at 24 months.</summary>
    public required PrintedNumber? S24 { get; init; }
    /// <summary>Lower 95% confidence limit at 24 months.</summary>
    public required PrintedNumber? S24Lower { get; init; }
    /// <summary>Upper 95% confidence limit at 24 months.</summary>
    public required PrintedNumber? S24Upper { get; init; }
    /// <summary>Log-rank p across the row group (printed on its first row).</summary>
    public required PrintedNumber? P { get; init; }
    /// <summary>Line of the source text the row was read from.</summary>
    public required int SeedLine { get; init; }
    /// <summary>Line of the CSV file.</summary>
    public required int FileLine { get; init; }
    /// <summary>Remark on the row; empty when none.</summary>
    public required string Note { get; init; }

    /// <summary>The cell of a column by its file name (<c>median_lower</c>); null when not printed.</summary>
    public PrintedNumber? Cell(string column) => column switch
    {
        "n" => N,
        "events" => Events,
        "median" => Median,
        "median_lower" => MedianLower,
        "median_upper" => MedianUpper,
        "s12" => S12,
        "s12_lower" => S12Lower,
        "s12_upper" => S12Upper,
        "s24" => S24,
        "s24_lower" => S24Lower,
        "s24_upper" => S24Upper,
        "p" => P,
        _ => throw new ArgumentException($"'{column}' is not a column of a subgroup survival table; use one of: {string.Join(", ", SubgroupSurvivalTable.ValueColumns)}."),
    };
}

/// <summary>
/// A printed subgroup Kaplan–Meier table (for example kaseb2021 Tables 4–6: PFS, OS, TTRP by
/// subgroup). The CIs and medians printed follow R's <c>survival</c> conventions
/// (<c>survfit(..., conf.type = "log")</c>; median CI where the pointwise band crosses 0.5).
/// </summary>
public sealed class SubgroupSurvivalTable
{
    /// <summary>The value columns, in file order.</summary>
    public static IReadOnlyList<string> ValueColumns { get; } =
        ["n", "events", "median", "median_lower", "median_upper", "s12", "s12_lower", "s12_upper", "s24", "s24_lower", "s24_upper", "p"];

    /// <summary>Every column of the file, in file order.</summary>
    public static IReadOnlyList<string> FileColumns { get; } =
        [PublishedCells.RowGroup, PublishedCells.RowLabel, .. ValueColumns, PublishedCells.SeedLine, PublishedCells.Note];

    private SubgroupSurvivalTable(TrialFileEntry entry, string file, IReadOnlyList<SubgroupSurvivalRow> rows)
    {
        Table = entry.Table!;
        Title = entry.Title;
        Endpoint = entry.Endpoint!;
        TimeUnit = entry.TimeUnit!;
        File = file;
        Rows = rows;
    }

    /// <summary>Table name (<c>Table4</c>).</summary>
    public string Table { get; }
    /// <summary>Title as printed.</summary>
    public string Title { get; }
    /// <summary>Endpoint (PFS, OS, TTRP).</summary>
    public string Endpoint { get; }
    /// <summary>Time unit of medians and landmarks ("months").</summary>
    public string TimeUnit { get; }
    /// <summary>The CSV file read.</summary>
    public string File { get; }
    /// <summary>Rows in printed order.</summary>
    public IReadOnlyList<SubgroupSurvivalRow> Rows { get; }

    /// <summary>The whole-cohort row (row group <c>All</c>), or null when the table has none.</summary>
    public SubgroupSurvivalRow? AllPatients => Rows.FirstOrDefault(r => r.RowGroup == ClaimId.AllRowGroup);

    /// <summary>The row with the printed group and label; throws <see cref="ArgumentException"/> when absent.</summary>
    public SubgroupSurvivalRow Row(string rowGroup, string rowLabel) =>
        Rows.FirstOrDefault(r => r.RowGroup == rowGroup && r.RowLabel == rowLabel)
        ?? throw new ArgumentException($"{Table} has no row '{rowGroup}' / '{rowLabel}'.");

    /// <summary>Reads and validates a subgroup survival CSV.</summary>
    public static SubgroupSurvivalTable Read(string path, TrialFileEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var csv = CsvTable.Read(path);
        PublishedCells.RequireHeader(csv, FileColumns);
        var rows = new List<SubgroupSurvivalRow>(csv.RowCount);
        for (var r = 0; r < csv.RowCount; r++)
        {
            PrintedNumber? Get(string column) => PublishedCells.Number(csv, r, column, KindOf(column));
            rows.Add(new SubgroupSurvivalRow
            {
                RowGroup = PublishedCells.RequiredText(csv, r, PublishedCells.RowGroup),
                RowLabel = PublishedCells.RequiredText(csv, r, PublishedCells.RowLabel),
                N = Get("n"),
                Events = Get("events"),
                Median = Get("median"),
                MedianLower = Get("median_lower"),
                MedianUpper = Get("median_upper"),
                S12 = Get("s12"),
                S12Lower = Get("s12_lower"),
                S12Upper = Get("s12_upper"),
                S24 = Get("s24"),
                S24Lower = Get("s24_lower"),
                S24Upper = Get("s24_upper"),
                P = Get("p"),
                SeedLine = PublishedCells.PositiveInteger(csv, r, PublishedCells.SeedLine),
                FileLine = csv.LineOf(r),
                Note = PublishedCells.Text(csv, r, PublishedCells.Note),
            });
        }
        return new SubgroupSurvivalTable(entry, path, rows);
    }

    /// <summary>The kind of number a column holds.</summary>
    public static ValueKind KindOf(string column) => column switch
    {
        "n" or "events" => ValueKind.Count,
        "median" => ValueKind.Median,
        "median_lower" or "s12_lower" or "s24_lower" => ValueKind.ConfidenceLower,
        "median_upper" or "s12_upper" or "s24_upper" => ValueKind.ConfidenceUpper,
        "s12" or "s24" => ValueKind.SurvivalRate,
        "p" => ValueKind.PValue,
        _ => throw new ArgumentException($"'{column}' is not a column of a subgroup survival table."),
    };

    /// <summary>What a column measures, in plain words ("median PFS (months)").</summary>
    public string QuantityOf(string column) => column switch
    {
        "n" => "number of patients",
        "events" => $"number of {Endpoint} events",
        "median" => $"median {Endpoint} ({TimeUnit})",
        "median_lower" => $"lower 95% confidence limit of the median {Endpoint} ({TimeUnit})",
        "median_upper" => $"upper 95% confidence limit of the median {Endpoint} ({TimeUnit})",
        "s12" => $"{Endpoint} probability at 12 {TimeUnit}",
        "s12_lower" => $"lower 95% confidence limit of the {Endpoint} probability at 12 {TimeUnit}",
        "s12_upper" => $"upper 95% confidence limit of the {Endpoint} probability at 12 {TimeUnit}",
        "s24" => $"{Endpoint} probability at 24 {TimeUnit}",
        "s24_lower" => $"lower 95% confidence limit of the {Endpoint} probability at 24 {TimeUnit}",
        "s24_upper" => $"upper 95% confidence limit of the {Endpoint} probability at 24 {TimeUnit}",
        "p" => $"log-rank p-value comparing {Endpoint} across the row group",
        _ => throw new ArgumentException($"'{column}' is not a column of a subgroup survival table."),
    };

    /// <summary>Every printed cell as a <see cref="PublishedValue"/>, row by row in column order.</summary>
    public IEnumerable<PublishedValue> PublishedValues(string trial, string seedFile)
    {
        foreach (var row in Rows)
        {
            foreach (var column in ValueColumns)
            {
                if (row.Cell(column) is not { } printed) continue;
                yield return new PublishedValue
                {
                    Trial = trial, Table = Table, RowGroup = row.RowGroup, RowLabel = row.RowLabel, Column = column,
                    Kind = KindOf(column), Quantity = QuantityOf(column), Printed = printed,
                    Denominator = column == "events" && row.N?.Value is { } n ? (int?)(int)n : null,
                    DenominatorInferred = false,
                    Endpoint = Endpoint, File = File, FileLine = row.FileLine, SeedFile = seedFile,
                    SeedLine = row.SeedLine, Note = row.Note,
                };
            }
        }
    }
}
