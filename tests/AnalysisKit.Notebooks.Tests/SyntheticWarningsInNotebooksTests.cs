namespace AnalysisKit.Notebooks.Tests;

/// <summary>
/// A result computed on synthetic patients that the published tables do not identify shows its
/// warning in the executed notebook: kaseb2021.ipynb's multivariable Cox fit.
/// </summary>
public class SyntheticWarningsInNotebooksTests
{
    [Test]
    public void MultivariableCoxFitOnSyntheticPatientsShowsTheWarning()
    {
        var run = RepositoryRuns.Of(Repository.Of("notebooks/kaseb2021.ipynb"));
        Assume.That(run.Failure, Is.Null, "the notebook did not run; RunsInTheKernel says why");
        var cell = run.Cells.Single(c => c.Kind == NotebookCellKind.Code && c.Source.Contains("PatientCoxModel.Fit(", StringComparison.Ordinal));

        var html = cell.Outputs.Where(o => o.Kind == CellOutputKind.Result).Select(o => o.ValueOf("text/html")).Single();

        Assert.That(html, Does.Contain("Warning: A multivariable Cox model on synthetic patients"));
        Assert.That(html, Does.Contain("the adjusted hazard ratios are not identified by what was published"));
    }
}
