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
    private readonly Decoder _decoder = Encoding.UTF8.GetDecoder();
    private char[]? _chars;

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
        Span<byte> text = stackalloc byte[32];
        if (double.IsFinite(value) && value.TryFormat(text, out var length, "R", CultureInfo.InvariantCulture))
            _json.WriteRawValue(text[..length], skipInputValidation: true);
        else
            _json.WriteNullValue();
    }

    /// <summary>Writes a named whole number.</summary>
    public void Integer(string name, long value) => _json.WriteNumber(name, value);

    /// <summary>
    /// Writes the document so far to <paramref name="output"/> and empties the buffer, so that a
    /// long document (a curve table of a million patients) is never held whole in memory.
    /// </summary>
    public void FlushTo(TextWriter output)
    {
        _json.Flush();
        _chars ??= new char[16384];
        ReadOnlySpan<byte> bytes = _buffer.GetBuffer().AsSpan(0, (int)_buffer.Length);
        while (!bytes.IsEmpty)
        {
            _decoder.Convert(bytes, _chars, flush: false, out var bytesUsed, out var charsUsed, out _);
            output.Write(_chars.AsSpan(0, charsUsed));
            bytes = bytes[bytesUsed..];
        }
        _buffer.SetLength(0);
    }

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
