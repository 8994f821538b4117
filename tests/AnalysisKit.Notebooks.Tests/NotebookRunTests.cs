using System.Text.Json.Nodes;

namespace AnalysisKit.Notebooks.Tests;

/// <summary>The runner on its sample notebooks, in the real kernel: outputs, failures, and what is written.</summary>
public class NotebookRunTests
{
    [Test]
    public void PassingNotebookRunsEveryCodeCellInOrder()
    {
        var run = SampleRuns.Of("Passing");

        Assert.That(run.Failure, Is.Null, run.Failure?.Message);
        Assert.That(run.Cells.Select(c => c.ExecutionCount), Is.EqualTo(new int?[] { null, 1, 2, 3 }));
        Assert.That(run.KernelVersion, Is.EqualTo("1.0.712001"));
        Assert.That(run.Cells.Where(c => c.WasRun).Select(c => c.Duration), Has.All.Not.Null);
    }

    [Test]
    public void ExecutedNotebookHoldsTheDisplayTheStandardOutputAndTheReturnValue()
    {
        var run = SampleRuns.Of("Passing");
        var written = JsonNode.Parse(ExecutedNotebookFile.ToJson(run))!;
        var cells = written["cells"]!.AsArray();

        var display = cells[1]!["outputs"]!.AsArray().Single()!;
        Assert.That(display["output_type"]!.GetValue<string>(), Is.EqualTo("display_data"));
        Assert.That(Text(display["data"]!["text/plain"]), Is.EqualTo("displayed 3 items"));
        Assert.That(display["metadata"]!.AsObject(), Is.Empty);

        var stream = cells[2]!["outputs"]!.AsArray().Single()!;
        Assert.That(stream["output_type"]!.GetValue<string>(), Is.EqualTo("stream"));
        Assert.That(stream["name"]!.GetValue<string>(), Is.EqualTo("stdout"));
        Assert.That(Text(stream["text"]), Is.EqualTo("written to standard output\n"));

        var result = cells[3]!["outputs"]!.AsArray().Single()!;
        Assert.That(result["output_type"]!.GetValue<string>(), Is.EqualTo("execute_result"));
        Assert.That(result["execution_count"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(result["data"]!.AsObject().Select(d => Text(d.Value)), Has.Some.Contains("42"));

        Assert.That(cells.Select(c => c!["execution_count"]?.GetValue<int>()), Is.EqualTo(new int?[] { null, 1, 2, 3 }));
    }

    [Test]
    public void ExecutedNotebookKeepsTheNotebookAndIsWrittenAsJupyterDoes()
    {
        var run = SampleRuns.Of("Passing");
        var original = JsonNode.Parse(File.ReadAllText(Repository.Sample("Passing")))!;
        var json = ExecutedNotebookFile.ToJson(run);
        var written = JsonNode.Parse(json)!;

        Assert.That(JsonNode.DeepEquals(written["metadata"], original["metadata"]), Is.True, "notebook metadata kept");
        Assert.That(written["cells"]!.AsArray().Select(c => c!["source"]!.ToJsonString()),
            Is.EqualTo(original["cells"]!.AsArray().Select(c => c!["source"]!.ToJsonString())), "sources kept");
        Assert.That(json, Does.StartWith("{\n \"cells\": [\n  {\n"));
        Assert.That(json, Does.Not.Contain("\r"));
        Assert.That(json, Does.EndWith("}\n"));
        Assert.That(ExecutedNotebookFile.ToJson(run), Is.EqualTo(json));
    }

    [Test]
    public void CompileErrorFailsItsCellWithTheCompilersMessage()
    {
        var run = SampleRuns.Of("CompileError");

        Assert.That(run.Failure, Is.Not.Null);
        var failure = run.Failure!;
        Assert.That(failure.CellNumber, Is.EqualTo(4));
        Assert.That(failure.CodeCellNumber, Is.EqualTo(2));
        Assert.That(failure.FirstLine, Is.EqualTo("int text = \"forty-two\";"));
        Assert.That(failure.KernelMessage, Does.Contain("CS0029"));
        Assert.That(failure.Message, Does.Contain("CompileError.ipynb").And.Contain("cell 4 (code cell 2").And.Contain("markdown"));
    }

    [Test]
    public void ThrownExceptionFailsItsCellWithTheExceptionAndFirstLine()
    {
        var run = SampleRuns.Of("ThrownException");

        var failure = run.Failure!;
        Assert.That(failure, Is.Not.Null);
        Assert.That((failure.CellNumber, failure.CodeCellNumber), Is.EqualTo((3, 2)));
        Assert.That(failure.FirstLine, Is.EqualTo("// Stops the run."));
        Assert.That(failure.KernelMessage, Does.Contain("System.InvalidOperationException: the sample stops here"));

        var error = JsonNode.Parse(ExecutedNotebookFile.ToJson(run))!["cells"]![2]!["outputs"]!.AsArray().Single()!;
        Assert.That(error["output_type"]!.GetValue<string>(), Is.EqualTo("error"));
        Assert.That(error["ename"]!.GetValue<string>(), Is.EqualTo("System.InvalidOperationException"));
        Assert.That(error["evalue"]!.GetValue<string>(), Is.EqualTo("the sample stops here"));
        Assert.That(error["traceback"]!.AsArray(), Is.Not.Empty);
    }

    [TestCase("CompileError", 5)]
    [TestCase("ThrownException", 4)]
    public void CellsAfterTheFailureAreNotRun(string sample, int laterCell)
    {
        var run = SampleRuns.Of(sample);
        var later = run.Cells[laterCell - 1];

        Assert.That(later.WasRun, Is.False);
        Assert.That(later.Outputs, Is.Empty);
        var written = JsonNode.Parse(ExecutedNotebookFile.ToJson(run))!["cells"]![laterCell - 1]!;
        Assert.That(written["execution_count"], Is.Null);
        Assert.That(written["outputs"]!.AsArray(), Is.Empty);
    }

    [Test]
    public void MissingNotebookIsAClearError()
    {
        var path = Repository.Sample("NoSuchNotebook");

        var error = Assert.Throws<FileNotFoundException>(() => NotebookRun.Execute(path));
        Assert.That(error!.Message, Does.Contain("There is no notebook at").And.Contain("NoSuchNotebook.ipynb"));
    }

    [Test]
    public void NotebookOutsideARepositoryAsksForTheToolRestore()
    {
        using var folder = new TempFolder();
        File.Copy(Repository.Sample("Passing"), folder.File("Passing.ipynb"));

        var error = Assert.Throws<InvalidOperationException>(() => NotebookRun.Execute(folder.File("Passing.ipynb")));
        Assert.That(error!.Message, Does.Contain("dotnet tool restore"));
    }

    private static string Text(JsonNode? multiline) => multiline switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l!.GetValue<string>())),
        _ => multiline!.GetValue<string>(),
    };
}
