using AnalysisKit.Reproduction;
using Deedle;

namespace AnalysisKit.Frames;

/// <summary>
/// The reproduction ledger as a Deedle frame, one row per claim in ledger order, keyed 0, 1, 2, ...
/// with declared column types.
/// </summary>
public static class LedgerFrames
{
    /// <summary>
    /// Claims as a frame with the columns <c>id</c>, <c>trial</c>, <c>source</c>, <c>table</c>,
    /// <c>row_group</c>, <c>row_label</c>, <c>column</c>, <c>kind</c>, <c>quantity</c>,
    /// <c>published</c> (string: the printed text), <c>reproduced</c> (double: the kit's number in
    /// the printed unit; missing when the kit has none or it is not reached), <c>status</c> (string:
    /// <c>reproduced</c>, <c>differs</c>, <c>conflict</c>, <c>not-reproducible</c>),
    /// <c>synthetic</c> (bool: the kit's number comes from synthetic patients), <c>denominator</c>
    /// (int, missing when none), <c>denominator_inferred</c> (bool), <c>conflicts_with</c> (string:
    /// the contradicted claim ids joined by "; ", missing when none), <c>note</c> (string) and
    /// <c>seed_line</c> (int).
    /// </summary>
    public static Frame<int, string> Claims(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var list = claims.ToList();
        var frame = Frame.CreateEmpty<int, string>();
        frame.AddColumn("id", FrameColumns.Of(list.Select(c => (string?)c.Id)));
        frame.AddColumn("trial", FrameColumns.Of(list.Select(c => (string?)c.Trial)));
        frame.AddColumn("source", FrameColumns.Of(list.Select(c => (string?)c.Source)));
        frame.AddColumn("table", FrameColumns.Of(list.Select(c => (string?)c.Table)));
        frame.AddColumn("row_group", FrameColumns.Of(list.Select(c => (string?)c.RowGroup)));
        frame.AddColumn("row_label", FrameColumns.Of(list.Select(c => (string?)c.RowLabel)));
        frame.AddColumn("column", FrameColumns.Of(list.Select(c => (string?)c.Column)));
        frame.AddColumn("kind", FrameColumns.Of(list.Select(c => (string?)c.Kind)));
        frame.AddColumn("quantity", FrameColumns.Of(list.Select(c => (string?)c.Quantity)));
        frame.AddColumn("published", FrameColumns.Of(list.Select(c => (string?)c.Published)));
        frame.AddColumn("reproduced", FrameColumns.Numbers(list.Select(c => c.Reproduced)));
        frame.AddColumn("status", FrameColumns.Of(list.Select(c => (string?)c.StatusName)));
        frame.AddColumn("synthetic", FrameColumns.Of(list.Select(c => (bool?)c.Synthetic)));
        frame.AddColumn("denominator", FrameColumns.Of(list.Select(c => c.Denominator)));
        frame.AddColumn("denominator_inferred", FrameColumns.Of(list.Select(c => (bool?)c.DenominatorInferred)));
        frame.AddColumn("conflicts_with", FrameColumns.Of(list.Select(c => c.ConflictsWith.Count == 0 ? null : string.Join("; ", c.ConflictsWith))));
        frame.AddColumn("note", FrameColumns.Of(list.Select(c => (string?)c.Note)));
        frame.AddColumn("seed_line", FrameColumns.Of(list.Select(c => (int?)c.SeedLine)));
        return frame;
    }
}
