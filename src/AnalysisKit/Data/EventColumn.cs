namespace AnalysisKit.Data;

/// <summary>
/// Reads an event-status column cell by cell and decides its coding once the whole column is
/// seen, as R's <c>Surv</c> does: 0/1 (1 = event), 1/2 (1 = censored, 2 = event) or true/false
/// (any letter case). A column holding only 1s is 0/1 coding (every subject had the event).
/// Mixed codings are refused, naming the line of the first value that does not fit.
/// </summary>
internal sealed class EventColumn(string file, string column, int capacityHint)
{
    private const byte Zero = 0, One = 1, Two = 2, False = 3, True = 4;

    private readonly ColumnBuffer<byte> _codes = new(capacityHint);
    private int _firstZeroLine, _firstTwoLine, _firstBooleanLine, _firstNumberLine;

    /// <summary>Adds the (trimmed) cell of the next row, found at <paramref name="line"/>.</summary>
    public void Add(ReadOnlySpan<char> cell, int line)
    {
        byte code;
        if (cell.Length == 1 && cell[0] is >= '0' and <= '2') code = (byte)(cell[0] - '0');
        else if (cell.Equals("true", StringComparison.OrdinalIgnoreCase)) code = True;
        else if (cell.Equals("false", StringComparison.OrdinalIgnoreCase)) code = False;
        else if (cell.IsEmpty) throw new DataFileException(file, line, column, "the event status is missing.");
        else
            throw new DataFileException(file, line, column,
                $"the event status '{cell}' is not understood; use 0/1 (1 = event), 1/2 (2 = event) or true/false.");
        _codes.Add(code);
        if (code is True or False) { if (_firstBooleanLine == 0) _firstBooleanLine = line; }
        else if (_firstNumberLine == 0) _firstNumberLine = line;
        if (code == Zero && _firstZeroLine == 0) _firstZeroLine = line;
        if (code == Two && _firstTwoLine == 0) _firstTwoLine = line;
    }

    /// <summary>True where the row had the event, in the column's coding.</summary>
    public bool[] ToArray()
    {
        if (_firstZeroLine > 0 && _firstTwoLine > 0)
            throw new DataFileException(file, _firstTwoLine, column,
                "the column mixes 0/1 and 1/2 codings (it holds 0, 1 and 2); use one coding for the whole column.");
        if (_firstBooleanLine > 0 && _firstNumberLine > 0)
            throw new DataFileException(file, _firstBooleanLine, column,
                "the column mixes true/false with numeric codes; use one coding for the whole column.");
        var eventCode = _firstTwoLine > 0 ? Two : _firstBooleanLine > 0 ? True : One;
        var codes = _codes.ToArray();
        var died = new bool[codes.Length];
        for (var i = 0; i < died.Length; i++) died[i] = codes[i] == eventCode;
        return died;
    }
}
