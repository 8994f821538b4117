using AnalysisKit.Reproduction;
using AnalysisKit.Trials;
using Deedle;

namespace AnalysisKit.Frames;

/// <summary>
/// A trial's patient-level data (<c>data/trials/&lt;id&gt;/ipd.csv</c>, read by
/// <see cref="PatientData"/>) as a Deedle frame: one row per patient in file order, keyed 0, 1,
/// 2, ..., the columns in file order with declared types (no inference from the cells).
/// </summary>
public static class PatientFrames
{
    /// <summary>
    /// The patients of <paramref name="trial"/>. Column types: <c>patient</c> string (an
    /// identifier); <c>synthetic</c> bool (true for a reconstructed patient; <c>true</c>,
    /// <c>1</c> or <c>yes</c> read as true); each endpoint's event column <c>&lt;endpoint&gt;_event</c>
    /// int, 1 for an event and 0 for censoring whatever coding the file uses (0/1, 1/2 as R's
    /// <c>Surv</c>, true/false); its time column <c>&lt;endpoint&gt;_&lt;unit&gt;</c> double; every
    /// other column (the baseline characteristics, holding subgroup labels) string. An empty
    /// cell is a missing value.
    /// </summary>
    /// <exception cref="InvalidOperationException">The trial folder has no <c>ipd.csv</c>.</exception>
    /// <exception cref="Data.DataFileException">A time or event cell cannot be read (file, line and column named).</exception>
    public static Frame<int, string> Of(Trial trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var patients = PatientData.Of(trial)
            ?? throw new InvalidOperationException($"The trial {trial.Id} has no patient-level data ({PatientData.FileName}) in {trial.Folder}.");
        var columns = patients.Columns;
        var prefixes = columns.Where(c => c.EndsWith("_event", StringComparison.Ordinal)).Select(c => c[..^"_event".Length])
            .OrderByDescending(p => p.Length).ToList();
        var frame = Frame.CreateEmpty<int, string>();
        foreach (var column in columns)
        {
            var prefix = prefixes.FirstOrDefault(p => column.StartsWith(p + "_", StringComparison.Ordinal));
            if (column == PatientData.SyntheticColumn)
                frame.AddColumn(column, FrameColumns.Of(patients.Cells(column).Select(Flag)));
            else if (prefix is not null && patients.Endpoint(PatientData.EndpointOfPrefix(prefix), TimeUnit(column, prefix, columns)) is var (time, events))
                frame.AddColumn(column, column == PatientData.EventColumn(PatientData.EndpointOfPrefix(prefix))
                    ? FrameColumns.Of(events.Select(e => (int?)(e ? 1 : 0)))
                    : FrameColumns.Of(time.Select(t => (double?)t)));
            else
                frame.AddColumn(column, FrameColumns.Of(patients.Cells(column).Select(c => c.Length == 0 ? null : c)));
        }
        return frame;
    }

    // The unit of an endpoint's time column: the column's own suffix, or, for the event column,
    // the suffix of the endpoint's time column.
    private static string TimeUnit(string column, string prefix, IReadOnlyList<string> columns)
    {
        var timeColumn = column == prefix + "_event"
            ? columns.FirstOrDefault(c => c.StartsWith(prefix + "_", StringComparison.Ordinal) && c != column)
            : column;
        return timeColumn is null ? string.Empty : timeColumn[(prefix.Length + 1)..];
    }

    private static bool? Flag(string cell) => cell.ToLowerInvariant() switch
    {
        "" => null,
        "true" or "1" or "yes" => true,
        _ => false,
    };
}
