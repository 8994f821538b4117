using System.Globalization;
using System.Text;
using AnalysisKit.Data;
using static AnalysisKit.Reconstruction.SyntheticPatientCells;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// The <c>ipd_&lt;group&gt;.csv</c> file of synthetic patients enrolled outside the tables'
/// population (<see cref="AddedPatientsSettings"/>; for example <c>ipd_sorafenib_only.csv</c>):
/// <c>patient, synthetic, pfs_months, pfs_event, os_months, os_event</c> (synthetic always
/// <c>true</c>, times with two decimals, events 0/1), written like <see cref="IpdCsv"/>: UTF-8
/// without byte-order mark, "\n" line ends, invariant culture.
/// </summary>
public static class AddedPatientsCsv
{
    /// <summary>File name inside the trial folder of the patients of a group (<c>ipd_sorafenib_only.csv</c> for <c>sorafenib_only</c>).</summary>
    public static string FileNameOf(string group)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(group);
        return $"ipd_{group}.csv";
    }

    /// <summary>The columns, in file order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["patient", "synthetic", "pfs_months", "pfs_event", "os_months", "os_event"];

    /// <summary>The file's text.</summary>
    public static string Format(IReadOnlyList<AddedPatient> patients)
    {
        ArgumentNullException.ThrowIfNull(patients);
        var text = new StringBuilder().Append(string.Join(",", Columns)).Append('\n');
        foreach (var p in patients)
        {
            text.Append(string.Join(",",
                p.Patient.ToString(CultureInfo.InvariantCulture), "true",
                Time(p.PfsMonths), Flag(p.PfsEvent), Time(p.OsMonths), Flag(p.OsEvent))).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Reads a written file back.</summary>
    /// <exception cref="DataFileException">A column is missing, or a cell is not a patient number, a time of 0 or more, a 0/1 event or the synthetic flag.</exception>
    public static IReadOnlyList<AddedPatient> Read(string path)
    {
        var table = CsvTable.Read(path);
        foreach (var column in Columns.Where(c => !table.HasColumn(c)))
            throw new DataFileException(path, 1, column, $"the column '{column}' is missing; an added-patient file has {string.Join(", ", Columns)}.");
        var patients = new List<AddedPatient>();
        for (var row = 0; row < table.RowCount; row++)
        {
            string Cell(string column) => table.Cell(row, table.ColumnIndex(column));
            double Number(string column) => SyntheticPatientCells.ReadTime(table, row, column);
            bool Event(string column) => SyntheticPatientCells.ReadEvent(table, row, column);
            if (!int.TryParse(Cell("patient"), NumberStyles.None, CultureInfo.InvariantCulture, out var patient))
                throw new DataFileException(path, table.LineOf(row), "patient", $"'{Cell("patient")}' is not a patient number.");
            SyntheticPatientCells.RequireSynthetic(table, row);
            patients.Add(new AddedPatient(patient, Number("pfs_months"), Event("pfs_event"), Number("os_months"), Event("os_event")));
        }
        return patients;
    }
}
