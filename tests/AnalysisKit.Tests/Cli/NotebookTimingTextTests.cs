using AnalysisKit.Cli.Commands;
using AnalysisKit.Notebooks;

namespace AnalysisKit.Tests.Cli;

/// <summary><c>notebooks run</c> reports the kernel's start-up apart from the cells' time, and each cell's time on request.</summary>
public class NotebookTimingTextTests
{
    private static readonly ExecutedNotebook Run = new()
    {
        Path = "notebooks/example.ipynb",
        KernelVersion = "1.0.712001",
        KernelStartedAt = DateTimeOffset.UnixEpoch,
        KernelStartup = TimeSpan.FromSeconds(1.25),
        Cells =
        [
            Cell(1, 1, "#r \"kit.dll\"\nStart()", TimeSpan.FromSeconds(1.5)),
            new ExecutedCell { Number = 2, CodeNumber = null, Kind = NotebookCellKind.Markdown, KernelName = "markdown", Source = "# Title" },
            Cell(3, 2, "var ledger = Reproduce();", TimeSpan.FromSeconds(2.25)),
            new ExecutedCell { Number = 4, CodeNumber = 3, Kind = NotebookCellKind.Code, KernelName = "csharp", Source = "not run" },
        ],
    };

    [Test]
    public void SummarySeparatesKernelStartFromTheCells()
    {
        Assert.That(NotebookTimingText.Summary(Run),
            Is.EqualTo("example: 2 of 3 code cells run, kernel start 1.3 s, cells 3.8 s, ok"));
    }

    [Test]
    public void CellsAreListedSlowestFirstWithTheirFirstLine()
    {
        Assert.That(NotebookTimingText.Cells(Run), Is.EqualTo(new[]
        {
            "  cell 3: 2.25 s  var ledger = Reproduce();",
            "  cell 1: 1.50 s  #r \"kit.dll\"",
        }));
    }

    private static ExecutedCell Cell(int number, int codeNumber, string source, TimeSpan duration) => new()
    {
        Number = number,
        CodeNumber = codeNumber,
        Kind = NotebookCellKind.Code,
        KernelName = "csharp",
        Source = source,
        ExecutionCount = codeNumber,
        Duration = duration,
    };
}
