namespace AnalysisKit.Data;

/// <summary>
/// System.Text.Json's messages for a data file that does not fit its schema, said in a reader's
/// words: the JSON path it appends is dropped (the caller reports it separately), and the usual
/// cases (a required property missing, a null where a value is needed, a property the schema
/// does not have) become one sentence each.
/// </summary>
internal static class JsonSchemaErrors
{
    /// <summary>The explanation of <paramref name="message"/> for a file of the schema named <paramref name="schema"/> ("trial", "reconstruction plan").</summary>
    /// <param name="message">The deserializer's message.</param>
    /// <param name="schema">What the file is, as data/README.md names its schema.</param>
    /// <param name="missingAdvice">Words added after the list of missing properties (may be empty).</param>
    public static string Explain(string message, string schema, string missingAdvice)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        const string missing = "missing required properties including: ";
        var at = message.IndexOf(missing, StringComparison.Ordinal);
        if (at >= 0)
            return "a required property is missing (" + message[(at + missing.Length)..].TrimEnd('.') + ")" + missingAdvice + ".";
        if (message.Contains("doesn't allow setting null values", StringComparison.Ordinal))
            return "this property needs a value; null is not allowed here.";
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
            return $"this property is not part of the {schema} schema (see data/README.md).";
        return message;
    }
}
