using AnalysisKit.Trials;
using Deedle;

namespace AnalysisKit.Frames;

/// <summary>
/// Deedle frames over the loaded trial tables, for notebooks. Rows are keyed 0, 1, 2, ... in
/// printed order; every column has a declared type (no inference): names as <see cref="string"/>,
/// counts and line numbers as <see cref="int"/>, printed numbers as <see cref="double"/>. A cell
/// the paper does not print, or prints as NA, is a missing value.
/// </summary>
public static class TrialFrames
{
    /// <summary>
    /// A subgroup survival table as a frame with the columns <c>row_group</c>, <c>row_label</c>
    /// (string), <c>n</c>, <c>events</c> (int), <c>median</c> ... each landmark's <c>s&lt;months&gt;</c>, <c>_lower</c>, <c>_upper</c>, <c>p</c>
    /// (double; a p printed "&lt;0.001" holds 0.001) and <c>seed_line</c> (int).
    /// </summary>
    public static Frame<int, string> SubgroupSurvival(SubgroupSurvivalTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.Rows;
        var frame = Frame.CreateEmpty<int, string>();
        frame.AddColumn("row_group", FrameColumns.Of(rows.Select(r => (string?)r.RowGroup)));
        frame.AddColumn("row_label", FrameColumns.Of(rows.Select(r => (string?)r.RowLabel)));
        foreach (var column in table.ValueColumns)
        {
            if (SubgroupSurvivalTable.KindOf(column) == ValueKind.Count)
                frame.AddColumn(column, FrameColumns.Of(rows.Select(r => r.Cell(column)?.Value is { } v ? (int?)(int)v : null)));
            else
                frame.AddColumn(column, FrameColumns.Of(rows.Select(r => r.Cell(column)?.Value)));
        }
        frame.AddColumn("seed_line", FrameColumns.Of(rows.Select(r => (int?)r.SeedLine)));
        return frame;
    }

    /// <summary>
    /// Published values as a frame with the columns <c>id</c>, <c>table</c>, <c>row_group</c>,
    /// <c>row_label</c>, <c>column</c>, <c>kind</c>, <c>quantity</c>, <c>printed</c> (string),
    /// <c>value</c> (double), <c>decimals</c> (int) and <c>seed_line</c> (int).
    /// </summary>
    public static Frame<int, string> PublishedValues(IEnumerable<PublishedValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values.ToList();
        var frame = Frame.CreateEmpty<int, string>();
        frame.AddColumn("id", FrameColumns.Of(list.Select(v => (string?)v.Id)));
        frame.AddColumn("table", FrameColumns.Of(list.Select(v => (string?)v.Table)));
        frame.AddColumn("row_group", FrameColumns.Of(list.Select(v => (string?)v.RowGroup)));
        frame.AddColumn("row_label", FrameColumns.Of(list.Select(v => (string?)v.RowLabel)));
        frame.AddColumn("column", FrameColumns.Of(list.Select(v => (string?)v.Column)));
        frame.AddColumn("kind", FrameColumns.Of(list.Select(v => (string?)ValueKinds.NameOf(v.Kind))));
        frame.AddColumn("quantity", FrameColumns.Of(list.Select(v => (string?)v.Quantity)));
        frame.AddColumn("printed", FrameColumns.Of(list.Select(v => (string?)v.Text)));
        frame.AddColumn("value", FrameColumns.Of(list.Select(v => v.Value)));
        frame.AddColumn("decimals", FrameColumns.Of(list.Select(v => v.Decimals)));
        frame.AddColumn("seed_line", FrameColumns.Of(list.Select(v => (int?)v.SeedLine)));
        return frame;
    }
}
