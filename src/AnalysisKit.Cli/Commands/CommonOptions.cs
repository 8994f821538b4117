using System.CommandLine;
using AnalysisKit.Cli.Output;

namespace AnalysisKit.Cli.Commands;

/// <summary>Options shared by the analysis commands, spelled once.</summary>
internal static class CommonOptions
{
    public static Argument<string> File() => new("FILE") { Description = "CSV file with a header row." };

    public static Option<string> Required(string name, string description) =>
        new(name) { Description = description, Required = true };

    public static Option<string?> Optional(string name, string description) =>
        new(name) { Description = description };

    public static Option<OutputFormat> Format() => new("--format")
    {
        Description = "text (default) or json.",
        DefaultValueFactory = _ => OutputFormat.Text,
    };

    /// <summary>Splits a comma-separated option value; an absent value gives an empty list.</summary>
    public static IReadOnlyList<string> SplitList(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? []
            : value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
