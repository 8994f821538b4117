using System.Globalization;
using AnalysisKit.Data;
using AnalysisKit.Reconstruction;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Reconstruction.Validation;

/// <summary>The committed truth of the validation cohorts (tests/validation/truth/&lt;id&gt;/), written by build_validation_trials.R.</summary>
internal static class ValidationTruth
{
    public static readonly string[] Cohorts = ["colon_obs", "colon_lev5fu", "colon_obs60", "lung"];

    public static readonly string[] PfsOsCohorts = ["colon_obs", "colon_lev5fu", "colon_obs60"];

    public static string PathOf(string cohort, string file) => RepositoryPaths.Of($"tests/validation/truth/{cohort}/{file}");

    public static ValidationPatients Patients(string cohort) => ValidationPatients.Read(PathOf(cohort, "patients.csv"));

    public static ValidationPatients ComparisonSample(string cohort) => ValidationPatients.Read(PathOf(cohort, "comparison_sample.csv"));

    /// <summary>Every row of a truth file as column → cell.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(string cohort, string file)
    {
        var table = CsvTable.Read(PathOf(cohort, file));
        return Enumerable.Range(0, table.RowCount)
            .Select(r => (IReadOnlyDictionary<string, string>)table.Header.ToDictionary(h => h, h => table.Cell(r, table.ColumnIndex(h))))
            .ToList();
    }

    public static double Number(string cell) => cell == "NA" ? double.NaN : double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> CoxVariables(string cohort) =>
        Rows(cohort, "variables.csv").Where(r => r["in_cox"] == "true").Select(r => r["variable"]).ToList();
}
