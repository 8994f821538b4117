using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AnalysisKit.Cli.Output;

/// <summary>
/// Writes the one JSON document a <c>--format json</c> command prints. Numbers are written with
/// round-trip precision (format "R", invariant culture); NaN and infinities become <c>null</c>,
/// as the command-line contract requires.
/// </summary>
public sealed class JsonDocumentWriter : IDisposable
{
    private readonly MemoryStream _buffer = new();
    private readonly Utf8JsonWriter _json;

    /// <summary>Starts an indented document.</summary>
    public JsonDocumentWriter()
    {
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true });
    }

    /// <summary>The underlying writer, for strings, booleans, objects and arrays.</summary>
    public Utf8JsonWriter Json => _json;

    /// <summary>Writes a named number, or null when it is not finite.</summary>
    public void Number(string name, double value)
    {
        _json.WritePropertyName(name);
        Number(value);
    }

    /// <summary>Writes a named number, or null when it is absent or not finite.</summary>
    public void Number(string name, double? value)
    {
        _json.WritePropertyName(name);
        if (value is { } v) Number(v); else _json.WriteNullValue();
    }

    /// <summary>Writes a number as an array element, or null when it is not finite.</summary>
    public void Number(double value)
    {
        if (double.IsFinite(value))
            _json.WriteRawValue(value.ToString("R", CultureInfo.InvariantCulture), skipInputValidation: true);
        else
            _json.WriteNullValue();
    }

    /// <summary>Writes a named whole number.</summary>
    public void Integer(string name, long value) => _json.WriteNumber(name, value);

    /// <summary>Flushes the document and returns it as text.</summary>
    public string ToText()
    {
        _json.Flush();
        return Encoding.UTF8.GetString(_buffer.ToArray());
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _json.Dispose();
        _buffer.Dispose();
    }
}
