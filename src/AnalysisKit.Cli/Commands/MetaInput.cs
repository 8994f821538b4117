using System.Globalization;
using AnalysisKit.Data;
using AnalysisKit.MetaAnalysis;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// The study, event-count and patient-count columns of a meta-analysis CSV, checked cell by cell
/// so that every problem is reported with the file, the line and the column.
/// </summary>
internal static class MetaInput
{
    public static IReadOnlyList<ProportionStudy> Read(string file, string studyColumn, string eventsColumn, string patientsColumn)
    {
        var table = CsvTable.Read(file);
        if (table.RowCount == 0)
            throw new DataFileException(file, 0, null, "the file has a header but no data rows.");
        var names = CsvColumnReader.Labels(table, studyColumn);
        var events = CsvColumnReader.Numbers(table, eventsColumn);
        var patients = CsvColumnReader.Numbers(table, patientsColumn);

        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var studies = new List<ProportionStudy>(table.RowCount);
        for (var row = 0; row < table.RowCount; row++)
        {
            var line = table.LineOf(row);
            CheckCount(file, line, patientsColumn, patients[row], "number of patients");
            CheckCount(file, line, eventsColumn, events[row], "number of events");
            if (patients[row] < 1)
                throw new DataFileException(file, line, patientsColumn,
                    $"study '{names[row]}' has no patients; each study needs at least one patient.");
            if (events[row] > patients[row])
                throw new DataFileException(file, line, eventsColumn,
                    $"study '{names[row]}' has more events ({Text(events[row])}) than patients ({Text(patients[row])} in column '{patientsColumn}'); events must not exceed the number of patients.");
            if (!firstLine.TryAdd(names[row], line))
                throw new DataFileException(file, line, studyColumn,
                    $"study '{names[row]}' is listed twice (also on line {firstLine[names[row]]}); each study may appear only once.");
            studies.Add(new ProportionStudy(names[row], events[row], patients[row]));
        }
        if (studies.Count < 2)
            throw new DataFileException(file, table.LineOf(0), studyColumn,
                $"there is only one study ('{names[0]}'); a random-effects meta-analysis needs at least two.");
        return studies;
    }

    private static void CheckCount(string file, int line, string column, double value, string what)
    {
        if (value < 0)
            throw new DataFileException(file, line, column, $"the {what} is negative ({Text(value)}); counts must be 0 or more.");
        if (value != Math.Floor(value) || value > int.MaxValue)
            throw new DataFileException(file, line, column, $"the {what} '{Text(value)}' is not a whole number; counts of patients must be whole numbers.");
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
