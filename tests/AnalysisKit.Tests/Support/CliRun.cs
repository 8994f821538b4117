using AnalysisKit.Cli;

namespace AnalysisKit.Tests.Support;

/// <summary>The result of running <c>analysis-kit</c> in-process.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs the command line with the given arguments and captures both streams.</summary>
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApplication.RunAsync(args, output, error).GetAwaiter().GetResult();
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
