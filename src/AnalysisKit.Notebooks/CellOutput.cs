namespace AnalysisKit.Notebooks;

/// <summary>
/// One output of a code cell as the kernel produced it. Displays and results carry
/// <see cref="Data"/> (mime type → value, in the kernel's order); streams and errors carry
/// <see cref="Text"/>. Line endings are <c>\n</c>.
/// </summary>
public sealed record CellOutput
{
    /// <summary>Creates an output; use the factory methods.</summary>
    private CellOutput(CellOutputKind kind, IReadOnlyList<KeyValuePair<string, string>> data, string text, string? valueId)
    {
        Kind = kind;
        Data = data;
        Text = text;
        ValueId = valueId;
    }

    /// <summary>What the output is.</summary>
    public CellOutputKind Kind { get; }

    /// <summary>The formatted values of a display or result (mime type → value); empty for streams and errors.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Data { get; }

    /// <summary>The text of a stream, or the kernel's message of an error; empty for displays and results.</summary>
    public string Text { get; }

    /// <summary>The kernel's id of a displayed value, which later updates refer to; null otherwise.</summary>
    public string? ValueId { get; }

    /// <summary>A displayed value or a cell's result.</summary>
    public static CellOutput Value(CellOutputKind kind, IReadOnlyList<KeyValuePair<string, string>> data, string? valueId = null)
    {
        if (kind is not (CellOutputKind.Display or CellOutputKind.Result))
            throw new ArgumentException($"A value output is a display or a result, not {kind}.", nameof(kind));
        return new CellOutput(kind, data, "", valueId);
    }

    /// <summary>Text written to standard output or standard error.</summary>
    public static CellOutput Stream(CellOutputKind kind, string text)
    {
        if (kind is not (CellOutputKind.StandardOutput or CellOutputKind.StandardError))
            throw new ArgumentException($"A stream output is standard output or standard error, not {kind}.", nameof(kind));
        return new CellOutput(kind, [], text, null);
    }

    /// <summary>The kernel's error message for the cell.</summary>
    public static CellOutput Error(string message) => new(CellOutputKind.Error, [], message, null);

    /// <summary>This display with the values of a later update of it.</summary>
    public CellOutput WithData(IReadOnlyList<KeyValuePair<string, string>> data) => new(Kind, data, Text, ValueId);

    /// <summary>The value for <paramref name="mimeType"/>, or null.</summary>
    public string? ValueOf(string mimeType) =>
        Data.Where(d => d.Key == mimeType).Select(d => d.Value).FirstOrDefault();
}
