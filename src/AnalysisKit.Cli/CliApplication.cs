using System.CommandLine;
using AnalysisKit.Cli.Commands;
using AnalysisKit.Data;

namespace AnalysisKit.Cli;

/// <summary>
/// The <c>analysis-kit</c> command tree. Commands write their result to <c>output</c>; errors go
/// to <c>error</c> as one line without a stack trace, with exit code 2 for bad usage or data.
/// </summary>
public static class CliApplication
{
    /// <summary>Parses <paramref name="args"/>, runs the chosen command and returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Re-runs published clinical-trial survival analyses (R survival/metafor conventions).");
        foreach (var command in CommandCatalog.All(output, error))
            root.Subcommands.Add(command);

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
                await error.WriteLineAsync($"analysis-kit: {parseError.Message}");
            return ExitCodes.BadInput;
        }
        try
        {
            var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(config);
        }
        catch (DataFileException e)
        {
            await error.WriteLineAsync($"analysis-kit: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync($"analysis-kit: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (ArgumentException e)
        {
            await error.WriteLineAsync($"analysis-kit: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            await error.WriteLineAsync($"analysis-kit: {e.GetType().Name}: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
