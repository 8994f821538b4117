namespace AnalysisKit.Display;

/// <summary>
/// One cell of a <see cref="DisplayTable"/>: its printed text and whether it is a number
/// (numbers are right-aligned in both the HTML and the plain-text table).
/// </summary>
/// <param name="Text">The text as printed.</param>
/// <param name="IsNumber">Whether the cell holds a number.</param>
public readonly record struct DisplayCell(string Text, bool IsNumber)
{
    /// <summary>A text cell.</summary>
    public static DisplayCell Of(string? text) => new(text ?? string.Empty, false);

    /// <summary>A number cell with <paramref name="decimals"/> fixed decimals (see <see cref="DisplayNumber.Fixed"/>).</summary>
    public static DisplayCell Number(double value, int decimals) => new(DisplayNumber.Fixed(value, decimals), true);

    /// <summary>
    /// The cell for a value given to <see cref="DisplayTable.AddRow"/>: a <see cref="DisplayCell"/>
    /// as is; <see langword="null"/> as an empty cell; a string as text; an integer as a count; a
    /// <see cref="double"/> or <see cref="float"/> with seven significant digits
    /// (<see cref="DisplayNumber.Significant(double)"/>); a <see cref="decimal"/> in invariant culture;
    /// anything else through its invariant-culture <see cref="IFormattable"/> form or <see cref="object.ToString"/>.
    /// </summary>
    public static DisplayCell From(object? value) => value switch
    {
        null => new(string.Empty, false),
        DisplayCell cell => cell,
        string text => new(text, false),
        double d => new(DisplayNumber.Significant(d), true),
        float f => new(DisplayNumber.Significant(f), true),
        int or long or short or byte or sbyte or ushort or uint => new(DisplayNumber.Count(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)), true),
        decimal m => new(m.ToString(System.Globalization.CultureInfo.InvariantCulture), true),
        IFormattable formattable => new(formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture), false),
        _ => new(value.ToString() ?? string.Empty, false),
    };
}
