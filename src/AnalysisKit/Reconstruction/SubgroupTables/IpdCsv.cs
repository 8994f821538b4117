using System.Globalization;
using System.Text;
using AnalysisKit.Data;
using static AnalysisKit.Reconstruction.SyntheticPatientCells;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// The <c>ipd.csv</c> file of synthetic patients: <c>patient</c>, <c>synthetic</c> (always
/// <c>true</c>), one column per baseline variable holding the printed level text, then
/// <c>pfs_months, pfs_event, os_months, os_event, ttrp_months, ttrp_event</c> (times with two
/// decimals, events 0/1). UTF-8 without byte-order mark, "\n" line ends, RFC 4180 quotes,
/// invariant culture.
/// </summary>
public static class IpdCsv
{
    /// <summary>The end-point columns, in file order.</summary>
    public static IReadOnlyList<string> OutcomeColumns { get; } =
        ["pfs_months", "pfs_event", "os_months", "os_event", "ttrp_months", "ttrp_event"];

    /// <summary>The file's text for the patients, baseline columns in the given order.</summary>
    public static string Format(IReadOnlyList<SyntheticPatient> patients, IReadOnlyList<string> baselineColumns)
    {
        ArgumentNullException.ThrowIfNull(patients);
        ArgumentNullException.ThrowIfNull(baselineColumns);
        var text = new StringBuilder();
        text.Append(string.Join(",", new[] { "patient", "synthetic" }.Concat(baselineColumns).Concat(OutcomeColumns).Select(Quote))).Append('\n');
        foreach (var p in patients)
        {
            var cells = new List<string> { p.Patient.ToString(CultureInfo.InvariantCulture), "true" };
            cells.AddRange(baselineColumns.Select(c => p.Baseline[c]));
            cells.AddRange([Time(p.PfsMonths), Flag(p.PfsEvent), Time(p.OsMonths), Flag(p.OsEvent), Time(p.TtrpMonths), Flag(p.TtrpEvent)]);
            text.Append(string.Join(",", cells.Select(Quote))).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Reads a written file back (every column but the fixed ones is a baseline column).</summary>
    /// <exception cref="DataFileException">A cell is not a time, a 0/1 event or the synthetic flag.</exception>
    public static IReadOnlyList<SyntheticPatient> Read(string path)
    {
        var table = CsvTable.Read(path);
        var baseline = table.Header.Where(h => h is not ("patient" or "synthetic") && !OutcomeColumns.Contains(h)).ToList();
        var patients = new List<SyntheticPatient>();
        for (var row = 0; row < table.RowCount; row++)
        {
            string Cell(string column) => table.Cell(row, table.ColumnIndex(column));
            double Number(string column) => SyntheticPatientCells.ReadTime(table, row, column);
            bool Event(string column) => SyntheticPatientCells.ReadEvent(table, row, column);
            SyntheticPatientCells.RequireSynthetic(table, row);
            patients.Add(new SyntheticPatient(
                (int)Number("patient"),
                baseline.ToDictionary(c => c, Cell),
                Number("pfs_months"), Event("pfs_event"),
                Number("os_months"), Event("os_event"),
                Number("ttrp_months"), Event("ttrp_event")));
        }
        return patients;
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}
