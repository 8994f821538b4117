using System.Globalization;
using AnalysisKit.Data;

namespace AnalysisKit.Trials;

/// <summary>
/// One printed row of a subgroup Kaplan–Meier summary table (n, events, median with its 95% CI,
/// survival at each printed landmark with its CI, log-rank p). Every cell keeps its printed text;
/// a null cell was not printed. The p of a row group is printed on the group's first row.
/// </summary>
public sealed record SubgroupSurvivalRow
{
    /// <summary>Printed row group (<c>All</c> for the whole-cohort row).</summary>
    public required string RowGroup { get; init; }
    /// <summary>Printed row label.</summary>
    public required string RowLabel { get; init; }
    /// <summary>Every value cell by its column name (<see cref="SubgroupSurvivalTable.ValueColumns"/> of the row's table); null where nothing is printed.</summary>
    public required IReadOnlyDictionary<string, PrintedNumber?> Cells { get; init; }
    /// <summary>Line of the source text the row was read from.</summary>
    public required int SeedLine { get; init; }
    /// <summary>Line of the CSV file.</summary>
    public required int FileLine { get; init; }
    /// <summary>Remark on the row; empty when none.</summary>
    public required string Note { get; init; }

    /// <summary>Number of patients.</summary>
    public PrintedNumber? N => Cell("n");
    /// <summary>Number of events.</summary>
    public PrintedNumber? Events => Cell("events");
    /// <summary>Median time to event.</summary>
    public PrintedNumber? Median => Cell("median");
    /// <summary>Lower 95% confidence limit of the median.</summary>
    public PrintedNumber? MedianLower => Cell("median_lower");
    /// <summary>Upper 95% confidence limit of the median.</summary>
    public PrintedNumber? MedianUpper => Cell("median_upper");
    /// <summary>Log-rank p across the row group (printed on its first row).</summary>
    public PrintedNumber? P => Cell("p");

    /// <summary>
    /// The cell of a column by its file name (<c>median_lower</c>, <c>s36_upper</c>); null when not
    /// printed, including a landmark column the table does not have.
    /// </summary>
    /// <exception cref="ArgumentException">The name is not a column a subgroup survival table can have.</exception>
    public PrintedNumber? Cell(string column)
    {
        if (Cells.TryGetValue(column, out var printed)) return printed;
        return SubgroupSurvivalTable.IsValueColumn(column)
            ? null
            : throw new ArgumentException($"'{column}' is not a column of a subgroup survival table; its columns are n, events, median, median_lower, median_upper, s<months>, s<months>_lower, s<months>_upper and p.");
    }
}

/// <summary>
/// A printed subgroup Kaplan–Meier table (for example Tables 4–6 of a paper: PFS, OS, TTRP by
/// subgroup). Its landmark columns are whatever the file holds: each <c>s&lt;months&gt;</c> with
/// its <c>_lower</c> and <c>_upper</c> limits (<c>s6</c>, <c>s12</c>, <c>s36</c>, ...). The CIs and
/// medians printed follow R's <c>survival</c> conventions (<c>survfit(..., conf.type = "log")</c>;
/// median CI where the pointwise band crosses 0.5; landmark rates as <c>summary(fit, times)</c>).
/// </summary>
public sealed class SubgroupSurvivalTable
{
    private static readonly string[] LeadingColumns = ["n", "events", "median", "median_lower", "median_upper"];

    private SubgroupSurvivalTable(TrialFileEntry entry, string file, IReadOnlyList<int> landmarks, IReadOnlyList<SubgroupSurvivalRow> rows)
    {
        Table = entry.Table!;
        Title = entry.Title;
        Endpoint = entry.Endpoint!;
        Event = entry.EventKind;
        TimeUnit = entry.TimeUnit!;
        File = file;
        LandmarkTimes = landmarks;
        ValueColumns = [.. LeadingColumns, .. landmarks.SelectMany(LandmarkColumns), "p"];
        Rows = rows;
    }

    /// <summary>Table name (<c>Table4</c>).</summary>
    public string Table { get; }
    /// <summary>Title as printed.</summary>
    public string Title { get; }
    /// <summary>Endpoint (PFS, OS, TTRP, ...).</summary>
    public string Endpoint { get; }
    /// <summary>What ends the endpoint's time, as <c>trial.json</c> declares it; null when it does not.</summary>
    public EndpointEvent? Event { get; }
    /// <summary>Time unit of medians and landmarks ("months").</summary>
    public string TimeUnit { get; }
    /// <summary>The CSV file read.</summary>
    public string File { get; }
    /// <summary>The landmark times the table prints rates at (12 for <c>s12</c>), in file order.</summary>
    public IReadOnlyList<int> LandmarkTimes { get; }
    /// <summary>The value columns of this table, in file order: n, events, the median and its limits, each landmark's rate and limits, p.</summary>
    public IReadOnlyList<string> ValueColumns { get; }
    /// <summary>Rows in printed order.</summary>
    public IReadOnlyList<SubgroupSurvivalRow> Rows { get; }

    /// <summary>The whole-cohort row (row group <c>All</c>), or null when the table has none.</summary>
    public SubgroupSurvivalRow? AllPatients => Rows.FirstOrDefault(r => r.RowGroup == ClaimId.AllRowGroup);

    /// <summary>The row with the printed group and label; throws <see cref="ArgumentException"/> when absent.</summary>
    public SubgroupSurvivalRow Row(string rowGroup, string rowLabel) =>
        Rows.FirstOrDefault(r => r.RowGroup == rowGroup && r.RowLabel == rowLabel)
        ?? throw new ArgumentException($"{Table} has no row '{rowGroup}' / '{rowLabel}'.");

    /// <summary>The rate column and its two limits at a landmark (<c>s12</c>, <c>s12_lower</c>, <c>s12_upper</c>).</summary>
    public static IReadOnlyList<string> LandmarkColumns(int time) =>
        [$"s{time.ToString(CultureInfo.InvariantCulture)}", $"s{time.ToString(CultureInfo.InvariantCulture)}_lower", $"s{time.ToString(CultureInfo.InvariantCulture)}_upper"];

    /// <summary>The landmark time of a rate column or of its limits (12 for <c>s12_lower</c>); null for any other column.</summary>
    public static int? LandmarkOf(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var rate = column.EndsWith("_lower", StringComparison.Ordinal) || column.EndsWith("_upper", StringComparison.Ordinal) ? column[..^6] : column;
        return rate.Length is >= 2 and <= 5 && rate[0] == 's' && rate[1..].All(char.IsAsciiDigit) && rate[1] != '0'
            ? int.Parse(rate[1..], CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>Whether a name is a value column some subgroup survival table can have.</summary>
    public static bool IsValueColumn(string column) =>
        LeadingColumns.Contains(column, StringComparer.Ordinal) || column == "p" || LandmarkOf(column) is not null;

    /// <summary>Reads and validates a subgroup survival CSV.</summary>
    /// <exception cref="DataFileException">A column is missing or unknown, a landmark lacks one of its three columns, or a cell is not a printed number of its kind.</exception>
    public static SubgroupSurvivalTable Read(string path, TrialFileEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var csv = CsvTable.Read(path);
        var landmarks = LandmarksOf(csv);
        var valueColumns = new List<string>(LeadingColumns);
        valueColumns.AddRange(landmarks.SelectMany(LandmarkColumns));
        valueColumns.Add("p");
        PublishedCells.RequireHeader(csv, [PublishedCells.RowGroup, PublishedCells.RowLabel, .. valueColumns, PublishedCells.SeedLine, PublishedCells.Note]);
        var rows = new List<SubgroupSurvivalRow>(csv.RowCount);
        for (var r = 0; r < csv.RowCount; r++)
        {
            var cells = new Dictionary<string, PrintedNumber?>(StringComparer.Ordinal);
            foreach (var column in valueColumns) cells[column] = PublishedCells.Number(csv, r, column, KindOf(column));
            rows.Add(new SubgroupSurvivalRow
            {
                RowGroup = PublishedCells.RequiredText(csv, r, PublishedCells.RowGroup),
                RowLabel = PublishedCells.RequiredText(csv, r, PublishedCells.RowLabel),
                Cells = cells,
                SeedLine = PublishedCells.PositiveInteger(csv, r, PublishedCells.SeedLine),
                FileLine = csv.LineOf(r),
                Note = PublishedCells.Text(csv, r, PublishedCells.Note),
            });
        }
        return new SubgroupSurvivalTable(entry, path, landmarks, rows);
    }

    /// <summary>The landmark times of the header's rate columns, in file order; each must come with both its limits.</summary>
    private static IReadOnlyList<int> LandmarksOf(CsvTable csv)
    {
        var landmarks = new List<int>();
        foreach (var column in csv.Header)
        {
            if (LandmarkOf(column) is not { } time || landmarks.Contains(time)) continue;
            var missing = LandmarkColumns(time).FirstOrDefault(c => !csv.HasColumn(c));
            if (missing is not null)
                throw new DataFileException(csv.File, 1, missing,
                    $"the column is missing; a landmark at {time} is printed as {string.Join(", ", LandmarkColumns(time))} (leave a cell empty where the paper prints nothing).");
            landmarks.Add(time);
        }
        return landmarks;
    }

    /// <summary>The kind of number a column holds.</summary>
    public static ValueKind KindOf(string column) => column switch
    {
        "n" or "events" => ValueKind.Count,
        "median" => ValueKind.Median,
        "median_lower" => ValueKind.ConfidenceLower,
        "median_upper" => ValueKind.ConfidenceUpper,
        "p" => ValueKind.PValue,
        _ when LandmarkOf(column) is not null => column.EndsWith("_lower", StringComparison.Ordinal) ? ValueKind.ConfidenceLower
            : column.EndsWith("_upper", StringComparison.Ordinal) ? ValueKind.ConfidenceUpper
            : ValueKind.SurvivalRate,
        _ => throw new ArgumentException($"'{column}' is not a column of a subgroup survival table."),
    };

    /// <summary>
    /// The fewest decimals a printed cell of a column is compared at. Subgroup tables drop
    /// trailing zeros ("9" is 9.00, "0.4" is 0.400), so a median or limit is compared at 2
    /// decimals, a landmark rate, its limits and p at 3, a count at 0; a cell printed with more
    /// decimals is compared at those (<c>AnalysisKit.Consistency.PrintedAgreement</c>).
    /// </summary>
    /// <exception cref="ArgumentException">The name is not a column a subgroup survival table can have.</exception>
    public static int MinimumDecimals(string column) => KindOf(column) switch
    {
        ValueKind.Count => 0,
        _ when column.StartsWith("median", StringComparison.Ordinal) => 2,
        _ => 3,
    };

    /// <summary>What a column measures, in plain words ("median PFS (months)").</summary>
    public string QuantityOf(string column)
    {
        if (LandmarkOf(column) is { } time)
        {
            var at = $"{Endpoint} probability at {time.ToString(CultureInfo.InvariantCulture)} {TimeUnit}";
            return column.EndsWith("_lower", StringComparison.Ordinal) ? $"lower 95% confidence limit of the {at}"
                : column.EndsWith("_upper", StringComparison.Ordinal) ? $"upper 95% confidence limit of the {at}"
                : at;
        }
        return column switch
        {
            "n" => "number of patients",
            "events" => $"number of {Endpoint} events",
            "median" => $"median {Endpoint} ({TimeUnit})",
            "median_lower" => $"lower 95% confidence limit of the median {Endpoint} ({TimeUnit})",
            "median_upper" => $"upper 95% confidence limit of the median {Endpoint} ({TimeUnit})",
            "p" => $"log-rank p-value comparing {Endpoint} across the row group",
            _ => throw new ArgumentException($"'{column}' is not a column of a subgroup survival table."),
        };
    }

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
