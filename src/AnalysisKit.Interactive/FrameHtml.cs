using System.Reflection;
using AnalysisKit.Display;
using Deedle;

namespace AnalysisKit.Interactive;

/// <summary>
/// A Deedle frame as an HTML table (the kit's <see cref="DisplayTable"/>): the row key, then one
/// column per column key, missing values as empty cells, numbers in invariant culture with seven
/// significant digits. Frames longer than <see cref="MaxRows"/> rows show their first
/// <see cref="HeadRows"/> rows and say how many more there are. A frame with a <c>synthetic</c>
/// column that is true in every row says in its caption that its patients are synthetic.
/// </summary>
public static class FrameHtml
{
    /// <summary>The most rows shown in full.</summary>
    public const int MaxRows = 100;

    /// <summary>The rows shown of a frame longer than <see cref="MaxRows"/>.</summary>
    public const int HeadRows = 50;

    /// <summary>The caption's words for a frame of synthetic patients.</summary>
    public const string SyntheticNote = "Synthetic patients reconstructed from published summaries — not trial data";

    private static readonly MethodInfo TableOfFrame =
        typeof(FrameHtml).GetMethod(nameof(Table), BindingFlags.Public | BindingFlags.Static)!;

    /// <summary>
    /// The HTML of <paramref name="frame"/>, which is a <see cref="Frame{TRowKey, TColumnKey}"/> of
    /// any key types (the kernel hands formatters plain objects).
    /// </summary>
    public static string Of(object frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var type = frame.GetType();
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Frame<,>))
            throw new ArgumentException($"A {type.Name} is not a Deedle frame.", nameof(frame));
        var table = (DisplayTable)TableOfFrame.MakeGenericMethod(type.GetGenericArguments()).Invoke(null, [frame])!;
        return table.ToHtml();
    }

    /// <summary>The table of <paramref name="frame"/>; see <see cref="FrameHtml"/>.</summary>
    public static DisplayTable Table<TRowKey, TColumnKey>(Frame<TRowKey, TColumnKey> frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var columns = frame.ColumnKeys.ToList();
        var rows = frame.RowKeys.ToList();
        var shown = rows.Count > MaxRows ? rows.Take(HeadRows).ToList() : rows;
        var series = columns.Select(c => frame.GetColumn<object>(c)).ToList();

        var table = new DisplayTable(Caption(frame, rows.Count, columns.Count), [string.Empty, .. columns.Select(c => Convert.ToString(c, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)]);
        foreach (var key in shown)
        {
            var cells = new object?[columns.Count + 1];
            cells[0] = key;
            for (var j = 0; j < columns.Count; j++)
            {
                var value = series[j].TryGet(key);
                cells[j + 1] = value.HasValue ? value.Value : null;
            }
            table.AddRow(cells);
        }
        if (shown.Count < rows.Count)
            table.AddRow([$"… {rows.Count - shown.Count} more rows", .. new object?[columns.Count]]);
        return table;
    }

    private static string Caption<TRowKey, TColumnKey>(Frame<TRowKey, TColumnKey> frame, int rows, int columns)
    {
        var size = $"{rows} rows × {columns} columns";
        var synthetic = frame.ColumnKeys.FirstOrDefault(c => Equals(c, "synthetic"));
        if (synthetic is null || rows == 0) return size;
        var flags = frame.GetColumn<object>(synthetic);
        var allSynthetic = frame.RowKeys.All(k => flags.TryGet(k) is { HasValue: true } v && v.Value is true or 1 or "1" or "true" or "TRUE");
        return allSynthetic ? $"{SyntheticNote} ({size})" : size;
    }
}
