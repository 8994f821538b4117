using System.Text;

namespace AnalysisKit.Cli.Output;

/// <summary>Warnings in text output: one line each, <c>Warning: ...</c>, after the results.</summary>
internal static class WarningsText
{
    public static void Append(StringBuilder text, IReadOnlyList<string> warnings)
    {
        foreach (var warning in warnings) text.Append("Warning: ").Append(warning).Append('\n');
    }
}
