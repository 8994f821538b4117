using AnalysisKit.Display;
using AnalysisKit.Reconstruction;
using AnalysisKit.Reproduction;
using AnalysisKit.Survival.Cox;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Reproduction;

/// <summary>
/// A Cox model on a trial's patient file: the same fit as <see cref="CoxModel.Fit"/> on its
/// columns, and on synthetic patients (kaseb2021's ipd.csv) the warning that the published tables
/// do not identify it, in the fit's warnings and in its display, HTML and text.
/// </summary>
public class PatientCoxModelTests
{
    private static readonly Trial Kaseb = TrialCatalog.OpenRepository().Load("kaseb2021");

    [Test]
    public void MultivariableFitOnSyntheticPatientsShowsTheWarning()
    {
        var fit = PatientCoxModel.Fit(Kaseb, "PFS", ["Sex", "BCLC"]);

        Assert.That(fit.Warnings, Is.EqualTo(new[] { SyntheticDataWarnings.MultivariableCox }));
        Assert.That(fit.ToString().TrimEnd('\n').Split('\n')[^1], Is.EqualTo("Warning: " + SyntheticDataWarnings.MultivariableCox));
        Assert.That(fit.ToHtml(), Does.Contain(HtmlText.Escape("Warning: " + SyntheticDataWarnings.MultivariableCox)));
    }

    [Test]
    public void UnivariableFitOnSyntheticPatientsShowsItsOwnWarning()
    {
        var fit = PatientCoxModel.Fit(Kaseb, "PFS", ["BCLC"]);

        Assert.That(fit.Warnings, Is.EqualTo(new[] { SyntheticDataWarnings.UnivariableCox }));
        Assert.That(fit.ToHtml(), Does.Contain(HtmlText.Escape(SyntheticDataWarnings.UnivariableCox)));
    }

    [Test]
    public void TheFitIsCoxModelOnTheFilesColumns()
    {
        var patients = PatientData.Of(Kaseb)!;
        var (time, died) = patients.Endpoint("PFS", "months")!.Value;
        var direct = CoxModel.Fit(time, died,
            [CoxCovariate.Categorical("Sex", patients.Cells("Sex")), CoxCovariate.Categorical("BCLC", patients.Cells("BCLC"))]);

        var fit = PatientCoxModel.Fit(Kaseb, "PFS", ["Sex", "BCLC"]);

        Assert.That(fit.Terms, Is.EqualTo(direct.Terms));
        Assert.That((fit.N, fit.Events, fit.LogLik, fit.Concordance), Is.EqualTo((direct.N, direct.Events, direct.LogLik, direct.Concordance)));
        Assert.That(direct.Warnings, Is.Empty);
    }

    [Test]
    public void PatientsThatAreNotSyntheticGetNoWarning()
    {
        const string Id = "real2024";
        const string Rows = "1,false,Female,B,2.0,1\n2,false,Male,C,3.5,1\n3,false,Female,C,1.0,1\n4,false,Male,B,6.0,0\n"
            + "5,false,Female,B,4.5,1\n6,false,Male,C,2.5,1\n7,false,Female,C,7.0,1\n8,false,Male,B,5.0,1\n";
        using var data = new TempTrialData(Id, [TempTrialData.Statements()], new Dictionary<string, string>
        {
            ["statements.csv"] = TempTrialData.StatementsHeader,
            ["ipd.csv"] = "patient,synthetic,Sex,BCLC,os_months,os_event\n" + Rows,
        });

        var fit = PatientCoxModel.Fit(TrialCatalog.Open(data.DataRoot).Load(Id), "OS", ["Sex", "BCLC"]);

        Assert.That(fit.Warnings, Is.Empty);
        Assert.That(fit.ToString(), Does.Not.Contain("Warning"));
    }

    [Test]
    public void AnEndpointOrColumnTheFileLacksIsNamed()
    {
        var endpoint = Assert.Throws<ArgumentException>(() => PatientCoxModel.Fit(Kaseb, "TTP", ["Sex"]))!;
        Assert.That(endpoint.Message, Does.Contain("has no TTP in months; its endpoints in months are PFS, OS, TTRP"));
        var column = Assert.Throws<ArgumentException>(() => PatientCoxModel.Fit(Kaseb, "OS", ["Sex", "Weight"]))!;
        Assert.That(column.Message, Does.Contain("has no column 'Weight'"));
    }
}
