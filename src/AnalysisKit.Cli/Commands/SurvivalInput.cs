using AnalysisKit.Data;
using AnalysisKit.Reconstruction;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// The columns of a survival CSV that the km, logrank and cox commands read, straight from the
/// file into typed columns (<see cref="TypedCsvReader"/>): time, event status, optional group
/// and strata labels and any further columns a command needs, each validated with file, line
/// and column. A <c>synthetic</c> column, when the file has one, says whether its patients are
/// synthetic (<see cref="SyntheticDataWarnings"/>).
/// </summary>
internal sealed record SurvivalInput(TypedColumns Columns, double[] Time, bool[] Event, LabelColumn? Group, LabelColumn? Strata, bool Synthetic)
{
    public static SurvivalInput Read(string file, string timeColumn, string eventColumn, string? groupColumn = null,
        string? strataColumn = null, IEnumerable<(string Column, CsvColumnType Type)>? more = null)
    {
        List<(string, CsvColumnType)> wanted = [(timeColumn, CsvColumnType.Time), (eventColumn, CsvColumnType.Event)];
        if (groupColumn is not null) wanted.Add((groupColumn, CsvColumnType.Label));
        if (strataColumn is not null) wanted.Add((strataColumn, CsvColumnType.Label));
        if (more is not null) wanted.AddRange(more);
        var columns = TypedCsvReader.Read(file, wanted, [(SyntheticDataWarnings.Column, CsvColumnType.Event)]);
        var synthetic = columns.Has(SyntheticDataWarnings.Column, CsvColumnType.Event)
            && SyntheticDataWarnings.AnySynthetic(columns.Events(SyntheticDataWarnings.Column));
        return new SurvivalInput(columns, columns.Numbers(timeColumn), columns.Events(eventColumn),
            groupColumn is null ? null : columns.Labels(groupColumn),
            strataColumn is null ? null : columns.Labels(strataColumn), synthetic);
    }
}
