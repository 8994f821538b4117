using AnalysisKit.Consistency;
using System.Globalization;
using AnalysisKit.Data;
using AnalysisKit.Reconstruction;
using AnalysisKit.Survival;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Reconstruction.Validation;

/// <summary>
/// The published-style tables of each validation cohort (tests/validation/trials/&lt;id&gt;/) are
/// what the kit computes from the cohort's true patients, cell by cell at the printed rounding.
/// </summary>
public sealed class ValidationTrialTablesTests
{
    private static readonly int[] Landmarks = [12, 24, 36, 60];

    [TestCaseSource(typeof(ValidationTruth), nameof(ValidationTruth.Cohorts))]
    public void Table1_counts_are_the_true_patients_levels(string cohort)
    {
        var patients = ValidationTruth.Patients(cohort);
        var table = CsvTable.Read(TrialFile(cohort, "table1_characteristics.csv"));
        for (var r = 0; r < table.RowCount; r++)
        {
            var group = Cell(table, r, "row_group");
            var n = patients.Baseline(group).Count(l => l == Cell(table, r, "row_label"));
            Assert.That(Cell(table, r, "n"), Is.EqualTo(n.ToString(CultureInfo.InvariantCulture)), $"{cohort} line {table.LineOf(r)}");
            Assert.That(Cell(table, r, "pct"), Is.EqualTo(Printed(100.0 * n / patients.Count, 1) + "%"), $"{cohort} line {table.LineOf(r)}");
        }
    }

    [TestCaseSource(typeof(ValidationTruth), nameof(ValidationTruth.Cohorts))]
    public void Subgroup_tables_are_the_kits_Kaplan_Meier_and_log_rank_of_the_true_patients(string cohort)
    {
        var patients = ValidationTruth.Patients(cohort);
        foreach (var (endpoint, k) in patients.Endpoints.Select((e, i) => (e, i)))
        {
            var table = CsvTable.Read(TrialFile(cohort, $"table{k + 2}_{endpoint}_subgroups.csv"));
            var column = patients.Endpoint(endpoint);
            for (var r = 0; r < table.RowCount; r++)
            {
                var group = Cell(table, r, "row_group");
                var keep = Enumerable.Range(0, patients.Count)
                    .Where(i => group == "All" || patients.Baseline(group)[i] == Cell(table, r, "row_label")).ToList();
                var curve = KaplanMeier.Fit(keep.Select(i => column.Months[i]).ToList(), keep.Select(i => column.Events[i]).ToList(), PrintedSurvival.Options);
                var expected = new Dictionary<string, string>
                {
                    ["n"] = curve.N.ToString(CultureInfo.InvariantCulture),
                    ["events"] = curve.Events.ToString(CultureInfo.InvariantCulture),
                    ["median"] = Printed(curve.Median.Time, 2),
                    ["median_lower"] = Printed(curve.Median.Lower, 2),
                    ["median_upper"] = Printed(curve.Median.Upper, 2),
                };
                var at = curve.SurvivalAt(Landmarks.Select(m => (double)m));
                foreach (var m in Landmarks)
                {
                    var row = at.FirstOrDefault(a => a.Time == m);
                    expected[$"s{m}"] = Printed(row?.Survival ?? double.NaN, 3);
                    expected[$"s{m}_lower"] = Printed(row?.Lower ?? double.NaN, 3);
                    expected[$"s{m}_upper"] = Printed(row?.Upper ?? double.NaN, 3);
                }
                var firstOfGroup = group != "All" && (r == 0 || Cell(table, r - 1, "row_group") != group);
                expected["p"] = firstOfGroup ? PrintedP(LogRankTest.Compute(column.Months, column.Events, patients.Baseline(group)).P) : "";
                foreach (var (name, value) in expected)
                    Assert.That(Cell(table, r, name), Is.EqualTo(value), $"{cohort} {endpoint} line {table.LineOf(r)} {name}");
            }
        }
    }

    private static string TrialFile(string cohort, string file) => RepositoryPaths.Of($"tests/validation/trials/{cohort}/{file}");

    private static string Cell(CsvTable table, int row, string column) => table.Cell(row, table.ColumnIndex(column));

    private static string Printed(double value, int decimals) => double.IsNaN(value)
        ? "NA"
        : Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals, CultureInfo.InvariantCulture);

    private static string PrintedP(double p) => p < 0.001 ? "<0.001" : Printed(p, 3);
}
