namespace AnalysisKit.Cli.Output;

/// <summary>What a command prints: free-form text (default) or the JSON contract.</summary>
public enum OutputFormat
{
    /// <summary>Readable text for a person at a terminal (default).</summary>
    Text,

    /// <summary>Exactly one JSON document on standard output.</summary>
    Json,

    /// <summary>A self-contained HTML report (only where a command offers it).</summary>
    Html,
}
