using Deedle;

namespace AnalysisKit.Frames;

/// <summary>
/// Typed frame columns keyed 0, 1, 2, ... by position: a <see langword="null"/> cell (and a
/// non-finite number) is a missing value, and the column spans every position even when its
/// first or last cells are missing.
/// </summary>
internal static class FrameColumns
{
    /// <summary>A column of reference-type cells.</summary>
    public static Series<int, T> Of<T>(IEnumerable<T?> cells) where T : class
    {
        var builder = new SeriesBuilder<int, T>();
        var key = 0;
        foreach (var cell in cells)
        {
            if (cell is not null) builder.Add(key, cell);
            key++;
        }
        return Complete(builder.Series, key);
    }

    /// <summary>A column of value-type cells.</summary>
    public static Series<int, T> Of<T>(IEnumerable<T?> cells) where T : struct
    {
        var builder = new SeriesBuilder<int, T>();
        var key = 0;
        foreach (var cell in cells)
        {
            if (cell is { } value) builder.Add(key, value);
            key++;
        }
        return Complete(builder.Series, key);
    }

    /// <summary>A column of numbers; NaN and infinities (R's NA, a limit not reached) are missing.</summary>
    public static Series<int, double> Numbers(IEnumerable<double?> cells) =>
        Of(cells.Select(c => c is { } v && double.IsFinite(v) ? v : (double?)null));

    // Re-index on 0..count-1 so a column whose first cells are missing still spans every row.
    private static Series<int, T> Complete<T>(Series<int, T> series, int count) =>
        series.Realign(Enumerable.Range(0, count));
}
