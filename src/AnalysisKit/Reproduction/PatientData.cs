using AnalysisKit.Data;
using AnalysisKit.Trials;

namespace AnalysisKit.Reproduction;

/// <summary>
/// Patient-level data of a trial, <c>data/trials/&lt;id&gt;/ipd.csv</c>: one row per patient
/// with <c>patient</c>, <c>synthetic</c> (true when the row was reconstructed rather than
/// observed), baseline columns named as the subgroup tables' row groups (cells holding the row
/// labels, for example column <c>Sex</c> with <c>Female</c>/<c>Male</c>), and per endpoint a
/// time column <c>&lt;endpoint&gt;_&lt;unit&gt;</c> and an event column
/// <c>&lt;endpoint&gt;_event</c> in lower case (<c>pfs_months</c>, <c>pfs_event</c>). None of
/// the five papers publishes patient data, so any such file is reconstructed (synthetic).
/// <para>
/// Enrolled patients outside the analysed population (for example 4 patients who received
/// sorafenib only) are kept apart in <c>ipd_&lt;group&gt;.csv</c> files beside it;
/// <see cref="Enrolled"/> reads them together with <c>ipd.csv</c> for the numbers the paper
/// prints about every enrolled patient.
/// </para>
/// </summary>
public sealed class PatientData
{
    /// <summary>File name of the patient-level data inside a trial folder.</summary>
    public const string FileName = "ipd.csv";

    /// <summary>File names of the patients outside the analysed population: <c>ipd_*.csv</c> (ordinal order).</summary>
    public const string OtherPatientsPattern = "ipd_*.csv";

    /// <summary>Column flagging reconstructed rows.</summary>
    public const string SyntheticColumn = "synthetic";

    private readonly IReadOnlyList<CsvTable> _tables;
    private readonly IReadOnlyList<string> _columns;

    private PatientData(IReadOnlyList<CsvTable> tables)
    {
        _tables = tables;
        _columns = tables[0].Header.Where(h => tables.All(t => t.HasColumn(h))).ToList();
        IsSynthetic = tables.Any(table =>
        {
            var synthetic = table.HasColumn(SyntheticColumn) ? table.ColumnIndex(SyntheticColumn) : -1;
            return synthetic >= 0 && Enumerable.Range(0, table.RowCount)
                .Any(r => table.Cell(r, synthetic).Trim().ToLowerInvariant() is "true" or "1" or "yes");
        });
    }

    /// <summary>The file read (the files, joined with " + ", when several are read together).</summary>
    public string File => string.Join(" + ", _tables.Select(t => t.File));

    /// <summary>The names (without folder) of the files read, in reading order.</summary>
    public IReadOnlyList<string> FileNames => _tables.Select(t => Path.GetFileName(t.File)).ToList();

    /// <summary>Number of patients (rows of all files).</summary>
    public int Count => _tables.Sum(t => t.RowCount);

    /// <summary>True when any row is flagged synthetic (reconstructed patients, not the trial's own).</summary>
    public bool IsSynthetic { get; }

    /// <summary>The trial's patient-level data, or null when its folder has no <see cref="FileName"/>.</summary>
    public static PatientData? Of(Trial trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var path = Path.Combine(trial.Folder, FileName);
        return System.IO.File.Exists(path) ? new PatientData([CsvTable.Read(path)]) : null;
    }

    /// <summary>
    /// Every enrolled patient: <see cref="FileName"/> followed by the <see cref="OtherPatientsPattern"/>
    /// files of the trial folder, with the columns all of them hold; null when the folder has no
    /// <see cref="FileName"/> or no other patient file.
    /// </summary>
    public static PatientData? Enrolled(Trial trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var path = Path.Combine(trial.Folder, FileName);
        if (!System.IO.File.Exists(path) || !Directory.Exists(trial.Folder)) return null;
        var others = Directory.GetFiles(trial.Folder, OtherPatientsPattern).Order(StringComparer.Ordinal).ToList();
        if (others.Count == 0) return null;
        return new PatientData([CsvTable.Read(path), .. others.Select(CsvTable.Read)]);
    }

    /// <summary>The column names in file order (when several files are read, those all of them hold).</summary>
    public IReadOnlyList<string> Columns => _columns;

    /// <summary>
    /// True when the file has the column: the same name, or one that differs only in case, in
    /// the kind of dash or hyphen, or in a hyphen written as a space (the tables print
    /// "Child–Pugh" and "Child-Pugh", "fatty-liver" and "fatty liver").
    /// </summary>
    public bool HasColumn(string column) => Resolve(column) is not null;

    /// <summary>The cells of a column (named as <see cref="HasColumn"/> allows), trimmed; an empty cell is a missing value.</summary>
    public IReadOnlyList<string> Cells(string column)
    {
        var name = Resolve(column) ?? column;
        return _tables.SelectMany(table =>
        {
            var index = table.ColumnIndex(name);
            return Enumerable.Range(0, table.RowCount).Select(r => table.Cell(r, index).Trim());
        }).ToList();
    }

    private string? Resolve(string column)
    {
        if (_columns.Contains(column, StringComparer.Ordinal)) return column;
        var wanted = Normalized(column);
        var matches = _columns.Where(h => Normalized(h) == wanted).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    private static string Normalized(string name)
    {
        var text = new string(name.Select(c => c is '-' or '–' or '—' or '‐' or '−' ? ' ' : char.ToLowerInvariant(c)).ToArray());
        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// The column prefix of an endpoint: its abbreviation in lower case (<c>pfs</c> for PFS),
    /// except in-field PFS (IFPFS), whose columns are <c>infield_pfs_*</c>.
    /// </summary>
    public static string ColumnPrefix(string endpoint) =>
        endpoint.Equals("IFPFS", StringComparison.OrdinalIgnoreCase) ? "infield_pfs" : endpoint.ToLowerInvariant();

    /// <summary>The endpoint abbreviation of a column prefix (inverse of <see cref="ColumnPrefix"/>): <c>infield_pfs</c> → IFPFS, <c>os</c> → OS.</summary>
    public static string EndpointOfPrefix(string prefix) =>
        prefix.Equals("infield_pfs", StringComparison.OrdinalIgnoreCase) ? "IFPFS" : prefix.ToUpperInvariant();

    /// <summary>The time column of an endpoint in a unit: <c>pfs_months</c> for PFS in months.</summary>
    public static string TimeColumn(string endpoint, string timeUnit) =>
        $"{ColumnPrefix(endpoint)}_{timeUnit.ToLowerInvariant()}";

    /// <summary>The event column of an endpoint: <c>pfs_event</c>.</summary>
    public static string EventColumn(string endpoint) => $"{ColumnPrefix(endpoint)}_event";

    /// <summary>
    /// The endpoints the file holds in months, as abbreviations in column order: every
    /// <c>&lt;prefix&gt;_months</c> column that has its <c>&lt;prefix&gt;_event</c> column.
    /// </summary>
    public IReadOnlyList<string> EndpointsInMonths =>
        _columns.Where(h => h.EndsWith("_months", StringComparison.Ordinal))
            .Select(h => h[..^"_months".Length])
            .Where(prefix => HasColumn(prefix + "_event"))
            .Select(EndpointOfPrefix)
            .ToList();

    /// <summary>
    /// Follow-up times and event flags of an endpoint, or null when either column is absent.
    /// Bad cells raise <see cref="DataFileException"/> with file, line and column.
    /// </summary>
    public (double[] Time, bool[] Event)? Endpoint(string endpoint, string timeUnit)
    {
        var time = TimeColumn(endpoint, timeUnit);
        var status = EventColumn(endpoint);
        if (Resolve(time) is not { } timeColumn || Resolve(status) is not { } statusColumn) return null;
        return (_tables.SelectMany(t => CsvColumnReader.Times(t, timeColumn)).ToArray(),
            _tables.SelectMany(t => CsvColumnReader.Events(t, statusColumn)).ToArray());
    }
}
