using System.CommandLine;

namespace AnalysisKit.Cli.Commands;

/// <summary>Every sub-command of <c>analysis-kit</c>, in the order help lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All(TextWriter output, TextWriter error)
    {
        yield return KmCommand.Create(output);
        yield return LogRankCommand.Create(output);
        yield return CoxCommand.Create(output);
        yield return MetaCommand.Create(output);
        yield return ReproduceCommand.Create(output);
        yield return CurveToPatientsCommand.Create(output);
        yield return ReconstructCommand.Create(output, error);
        yield return NotebooksCommand.Create(output, error);
    }
}
