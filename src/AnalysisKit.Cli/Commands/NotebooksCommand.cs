using System.CommandLine;
using AnalysisKit.Notebooks;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// <c>analysis-kit notebooks run [NOTEBOOK...] --out DIR</c>: runs notebooks top to bottom in the
/// .NET Interactive kernel pinned by the repository's tool manifest, one kernel per notebook, and
/// writes <c>DIR/&lt;name&gt;.ipynb</c> (with outputs) and <c>DIR/&lt;name&gt;.html</c> for each.
/// Without notebooks it runs every <c>notebooks/**/*.ipynb</c> of the repository found from the
/// current folder upward (keeping their sub-folders under DIR). Prints one line per notebook
/// (with the kernel's start-up and the cells' time apart; <c>--timings</c> adds each cell's time);
/// exits with <see cref="ExitCodes.Failure"/> when any notebook failed, with the failing cell on
/// standard error. It never writes into the repository's <c>notebooks/</c> or <c>data/</c>.
/// </summary>
internal static class NotebooksCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var notebooks = new Argument<string[]>("NOTEBOOK")
        {
            Description = "Notebooks to run (default: every notebooks/**/*.ipynb of the repository).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var outFolder = CommonOptions.Required("--out", "Folder for the executed notebooks (.ipynb with outputs) and their HTML pages.");
        var timings = new Option<bool>("--timings") { Description = "Also print each run cell's time, slowest first." };
        var run = new Command("run", "Run notebooks in the pinned .NET Interactive kernel and write them with their outputs, as .ipynb and HTML.")
        {
            notebooks, outFolder, timings,
        };
        run.SetAction(parse => Run(parse.GetValue(notebooks) ?? [], parse.GetValue(outFolder)!, parse.GetValue(timings), output, error));
        return new Command("notebooks", "Work with the repository's notebooks.") { run };
    }

    private static int Run(string[] given, string outFolder, bool timings, TextWriter output, TextWriter error)
    {
        var plan = NotebookRunPlan.Create(given, outFolder, Directory.GetCurrentDirectory());
        var failed = 0;
        foreach (var (notebook, target) in plan)
        {
            var executed = NotebookRun.Execute(notebook);
            ExecutedNotebookFile.Write(executed, target + ".ipynb");
            NotebookHtmlPage.Write(executed, target + ".html");
            output.WriteLine(NotebookTimingText.Summary(executed));
            if (timings)
            {
                foreach (var line in NotebookTimingText.Cells(executed)) output.WriteLine(line);
            }
            if (executed.Failure is { } failure)
            {
                failed++;
                error.WriteLine($"analysis-kit: {failure.Message}");
            }
        }
        return failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}
