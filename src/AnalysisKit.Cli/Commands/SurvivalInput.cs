using AnalysisKit.Data;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// The columns of a survival CSV that the km, logrank and cox commands read: time, event
/// status and optional group and strata labels, each validated with file, line and column.
/// </summary>
internal sealed record SurvivalInput(CsvTable Table, double[] Time, bool[] Event, string[]? Group, string[]? Strata)
{
    public static SurvivalInput Read(string file, string timeColumn, string eventColumn, string? groupColumn = null, string? strataColumn = null)
    {
        var table = CsvTable.Read(file);
        if (table.RowCount == 0)
            throw new DataFileException(file, 0, null, "the file has a header but no data rows.");
        var time = CsvColumnReader.Times(table, timeColumn);
        var status = CsvColumnReader.Events(table, eventColumn);
        var group = groupColumn is null ? null : CsvColumnReader.Labels(table, groupColumn);
        var strata = strataColumn is null ? null : CsvColumnReader.Labels(table, strataColumn);
        return new SurvivalInput(table, time, status, group, strata);
    }
}
