using AnalysisKit.Data;
using AnalysisKit.Reconstruction;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Reconstruction.Validation;

/// <summary>Reading and building the patients a reconstruction is scored with.</summary>
public sealed class ValidationPatientsTests
{
    [Test]
    public void A_cohort_file_reads_as_baseline_variables_and_endpoints()
    {
        var patients = ValidationTruth.Patients("colon_obs");

        Assert.That(patients.Count, Is.EqualTo(308));
        Assert.That(patients.Endpoints, Is.EqualTo(new[] { "pfs", "os" }));
        Assert.That(patients.BaselineVariables, Has.Count.EqualTo(9));
        Assert.That(patients.BaselineVariables[0], Is.EqualTo("Sex"));
        Assert.That(patients.Endpoint("os").Events.Count(e => e), Is.EqualTo(165));
    }

    [Test]
    public void A_synthetic_file_skips_its_patient_and_synthetic_columns()
    {
        using var file = new TempCsv("patient,synthetic,Sex,os_months,os_event\n1,true,Female,3.25,1\n2,true,Male,4.00,0\n");
        var patients = ValidationPatients.Read(file.Path);

        Assert.That(patients.BaselineVariables, Is.EqualTo(new[] { "Sex" }));
        Assert.That(patients.Endpoint("os").Months, Is.EqualTo(new[] { 3.25, 4.0 }));
    }

    [TestCase("Sex,os_months\nFemale,3\n", "has no column 'os_event'")]
    [TestCase("Sex,os_months,os_event\nFemale,3,2\n", "not an event flag")]
    [TestCase("Sex,os_months,os_event\nFemale,-1,1\n", "not a time of 0 or more")]
    [TestCase("Sex,os_months,os_event\n,3,1\n", "the level is missing")]
    [TestCase("Sex\nFemale\n", "there is no endpoint")]
    public void Bad_files_are_refused_with_the_place(string text, string message)
    {
        using var file = new TempCsv(text);
        var error = Assert.Throws<DataFileException>(() => ValidationPatients.Read(file.Path));
        Assert.That(error!.Message, Does.Contain(message));
    }

    [Test]
    public void Columns_of_different_lengths_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ValidationPatients(
            [new("Sex", new[] { "Female" })], [new EndpointColumn("os", [1, 2], [true, false])]));
        Assert.That(error!.Message, Does.Contain("'Sex' has 1 values for 2 patients"));
    }
}
