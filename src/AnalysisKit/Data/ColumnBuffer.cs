namespace AnalysisKit.Data;

/// <summary>
/// A column of values collected row by row into one array allocated for the expected number of
/// rows (<see cref="RowCountHint"/>), so that a file read whole holds each value once: no
/// doubling of a <see cref="List{T}"/>'s backing array and no copy at the end when the hint was
/// right. A wrong hint only costs copies: the array doubles when full and is trimmed at the end.
/// </summary>
internal sealed class ColumnBuffer<T>(int capacityHint)
{
    private T[] _values = new T[Math.Max(capacityHint, 16)];
    private int _count;

    /// <summary>Appends <paramref name="value"/>.</summary>
    public void Add(T value)
    {
        if (_count == _values.Length) Array.Resize(ref _values, checked(_values.Length * 2));
        _values[_count++] = value;
    }

    /// <summary>The values in the order added, in an array of their count (the buffer itself when the hint was right).</summary>
    public T[] ToArray()
    {
        if (_count != _values.Length) Array.Resize(ref _values, _count);
        return _values;
    }

    /// <summary>
    /// The number of data rows of a CSV file with a header row, assuming one record per line:
    /// the line feeds in the file, less one for the header (or none when the last line has no
    /// line feed). Quoted line breaks or blank lines make it an overestimate, <c>\r</c>-only line
    /// ends an underestimate; either way it is a capacity, never a count.
    /// </summary>
    public static int RowCountHint(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[1 << 20];
        long lineFeeds = 0;
        var last = (byte)0;
        int read;
        while ((read = file.Read(buffer, 0, buffer.Length)) > 0)
        {
            lineFeeds += buffer.AsSpan(0, read).Count((byte)'\n');
            last = buffer[read - 1];
        }
        var rows = last == (byte)'\n' ? lineFeeds - 1 : lineFeeds;
        return (int)Math.Clamp(rows, 0, Array.MaxLength);
    }
}
