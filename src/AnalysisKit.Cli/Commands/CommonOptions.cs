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

    /// <summary>The follow-up time column of a survival command.</summary>
    public static Option<string> Time() => Required("--time", "Column holding the follow-up time.");

    /// <summary>The event-status column of a survival command.</summary>
    public static Option<string> Event() =>
        Required("--event", "Column holding the event status: 0/1 (1 = event), 1/2 as R's Surv (2 = event) or true/false.");

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
