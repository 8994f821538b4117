using System.Text.Json;
using AnalysisKit.Survival;

namespace AnalysisKit.Tests.Survival;

/// <summary>
/// LogRankTest against R survival 3.5-3 <c>survdiff</c> (tests/reference/logrank/logrank.R):
/// classic data sets (lung, veteran, ovarian, aml) and generated edge cases, rho = 0 and 1,
/// with and without strata. Every field at 1e-6 relative (absolute floor 1e-10).
/// </summary>
public sealed class LogRankReferenceTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        ReferenceFile.Cases("logrank", "logrank.json").Select(c =>
            new TestCaseData(c).SetName($"survdiff_{c.GetProperty("name").GetString()}_rho{c.GetProperty("rho").GetDouble():R}"));

    [TestCaseSource(nameof(Cases))]
    public void Matches_R_survdiff(JsonElement reference)
    {
        var strataColumn = ReferenceFile.OptionalString(reference, "strata");
        var columns = new[] { reference.GetProperty("time").GetString()!, reference.GetProperty("event").GetString()!, reference.GetProperty("group").GetString()! }
            .Concat(strataColumn is null ? [] : new[] { strataColumn }).ToArray();
        var data = ReferenceFile.CompleteRows(ReferenceFile.DataPath("logrank", reference.GetProperty("data").GetString()!), columns);
        var rho = reference.GetProperty("rho").GetDouble();

        var result = LogRankTest.Compute(
            ReferenceFile.Numbers(data[columns[0]]),
            ReferenceFile.Events(data[columns[1]]),
            data[columns[2]],
            strataColumn is null ? null : data[strataColumn],
            rho);

        Assert.That(data[columns[0]], Has.Length.EqualTo(reference.GetProperty("n_rows").GetInt32()));
        Assert.That(result.Rho, Is.EqualTo(rho));
        Assert.That(result.Groups.Select(g => g.Group), Is.EqualTo(ReferenceFile.StringArray(reference.GetProperty("groups"))));
        Assert.That(result.DegreesOfFreedom, Is.EqualTo(reference.GetProperty("df").GetInt32()));
        Tolerance.AssertClose(result.ChiSquare, reference.GetProperty("chisq").GetDouble(), "chisq");
        Tolerance.AssertClose(result.P, reference.GetProperty("p").GetDouble(), "p");
        Assert.That(result.Groups.Select(g => (double)g.N), Is.EqualTo(ReferenceFile.NumberArray(reference.GetProperty("n"))));
        Tolerance.AssertAllClose(result.Groups.Select(g => g.Observed).ToList(), ReferenceFile.NumberArray(reference.GetProperty("observed")), "observed");
        Tolerance.AssertAllClose(result.Groups.Select(g => g.Expected).ToList(), ReferenceFile.NumberArray(reference.GetProperty("expected")), "expected");
        var rows = reference.GetProperty("var").EnumerateArray().Select(ReferenceFile.NumberArray).ToArray();
        for (var i = 0; i < rows.Length; i++)
            for (var j = 0; j < rows.Length; j++)
                Tolerance.AssertClose(result.Variance[i, j], rows[i][j], $"var[{i},{j}]");
    }
}
