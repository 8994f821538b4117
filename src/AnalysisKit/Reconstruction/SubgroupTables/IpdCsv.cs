using System.Globalization;
using System.Text;
using AnalysisKit.Data;
using static AnalysisKit.Reconstruction.SyntheticPatientCells;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// The <c>ipd.csv</c> file of synthetic patients: <c>patient</c>, <c>synthetic</c> (always
/// <c>true</c>), one column per baseline variable holding the printed level text, then for each
/// endpoint <c>&lt;endpoint&gt;_months, &lt;endpoint&gt;_event</c> (the endpoint's name in lower
/// case: <c>pfs_months, pfs_event, os_months, os_event</c>; times with the engine's decimals,
/// events 0/1). UTF-8 without byte-order mark, "\n" line ends, RFC 4180 quotes, invariant
/// culture. Both reconstruction engines write their patients through it.
/// </summary>
public static class IpdCsv
{
    /// <summary>The two columns of an endpoint (<c>pfs_months</c>, <c>pfs_event</c> for PFS).</summary>
    public static (string Months, string Event) ColumnsOf(string endpoint)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpoint);
        var stem = endpoint.ToLowerInvariant();
        return (stem + "_months", stem + "_event");
    }

    /// <summary>The file's text for the patients, baseline columns in the given order, endpoints in the patients' order.</summary>
    /// <param name="patients">The patients, in file order.</param>
    /// <param name="baselineColumns">The baseline columns, in file order.</param>
    /// <param name="timeFormat">How times are written (invariant culture): <c>0.00</c> (the subgroup-table engine, the default) or <c>0.###</c> (the sparse-summary engine, up to 3 decimals).</param>
    public static string Format(IReadOnlyList<SyntheticPatient> patients, IReadOnlyList<string> baselineColumns, string timeFormat = "0.00")
    {
        ArgumentNullException.ThrowIfNull(patients);
        ArgumentNullException.ThrowIfNull(baselineColumns);
        var endpoints = patients.Count == 0 ? [] : patients[0].Outcomes.Select(o => o.Endpoint).ToList();
        var outcomeColumns = endpoints.SelectMany(e => new[] { ColumnsOf(e).Months, ColumnsOf(e).Event });
        var text = new StringBuilder();
        text.Append(string.Join(",", new[] { "patient", "synthetic" }.Concat(baselineColumns).Concat(outcomeColumns).Select(Quote))).Append('\n');
        foreach (var p in patients)
        {
            var cells = new List<string> { p.Patient.ToString(CultureInfo.InvariantCulture), "true" };
            cells.AddRange(baselineColumns.Select(c => p.Baseline[c]));
            foreach (var o in p.Outcomes) cells.AddRange([o.Months.ToString(timeFormat, CultureInfo.InvariantCulture), Flag(o.Event)]);
            text.Append(string.Join(",", cells.Select(Quote))).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>
    /// Reads a written file back: the given endpoints' columns are outcomes, every other column
    /// but <c>patient</c> and <c>synthetic</c> is a baseline column.
    /// </summary>
    /// <exception cref="DataFileException">An endpoint's column is missing, or a cell is not a time, a 0/1 event or the synthetic flag.</exception>
    public static IReadOnlyList<SyntheticPatient> Read(string path, IReadOnlyList<string> endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var table = CsvTable.Read(path);
        var outcomeColumns = endpoints.SelectMany(e => new[] { ColumnsOf(e).Months, ColumnsOf(e).Event }).ToList();
        foreach (var column in outcomeColumns.Where(c => !table.HasColumn(c)))
            throw new DataFileException(path, 1, column, $"the column is missing; the synthetic patients need {string.Join(", ", outcomeColumns)}.");
        var baseline = table.Header.Where(h => h is not ("patient" or "synthetic") && !outcomeColumns.Contains(h)).ToList();
        var patients = new List<SyntheticPatient>();
        for (var row = 0; row < table.RowCount; row++)
        {
            string Cell(string column) => table.Cell(row, table.ColumnIndex(column));
            SyntheticPatientCells.RequireSynthetic(table, row);
            patients.Add(new SyntheticPatient(
                (int)SyntheticPatientCells.ReadTime(table, row, "patient"),
                baseline.ToDictionary(c => c, Cell),
                endpoints.Select(e => new PatientOutcome(e,
                    SyntheticPatientCells.ReadTime(table, row, ColumnsOf(e).Months),
                    SyntheticPatientCells.ReadEvent(table, row, ColumnsOf(e).Event))).ToList()));
        }
        return patients;
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}
