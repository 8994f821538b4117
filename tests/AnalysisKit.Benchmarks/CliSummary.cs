using System.Text.Json;

namespace AnalysisKit.Benchmarks;

/// <summary>
/// The summary of what the timed <c>analysis-kit</c> process wrote (its <c>--format json</c>
/// document), under the names <c>bench.R</c> prints for the same work, so that the run script
/// can check that the kit and R agree: (a) <c>km --group</c>: curve lengths, events, last
/// survival, medians and their limits, and its log-rank test; (b) <c>cox</c>: coefficients,
/// standard errors, log-likelihoods, iterations, concordance and its standard error.
/// </summary>
internal static class CliSummary
{
    public static void KaplanMeierAndLogRank(string jsonFile, TextWriter output)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(jsonFile));
        var root = document.RootElement;
        var summary = new Summary(output);
        var curves = root.GetProperty("curves").EnumerateArray().ToList();
        summary.Add("n", curves.Sum(c => c.GetProperty("n").GetInt32()));
        foreach (var curve in curves)
        {
            var group = curve.GetProperty("group").GetString();
            var table = curve.GetProperty("table");
            summary.Add($"rows[{group}]", table.GetArrayLength());
            summary.Add($"events[{group}]", curve.GetProperty("events").GetInt32());
            summary.Add($"last_survival[{group}]", Number(table[table.GetArrayLength() - 1].GetProperty("surv")));
            summary.Add($"median[{group}]", Number(curve.GetProperty("median")));
            summary.Add($"median_lower[{group}]", Number(curve.GetProperty("median_lower")));
            summary.Add($"median_upper[{group}]", Number(curve.GetProperty("median_upper")));
        }
        var logRank = root.GetProperty("logrank");
        foreach (var g in logRank.GetProperty("groups").EnumerateArray())
            summary.Add($"expected[{g.GetProperty("group").GetString()}]", Number(g.GetProperty("expected")));
        summary.Add("logrank_chisq", Number(logRank.GetProperty("chisq")));
        summary.Add("logrank_df", logRank.GetProperty("df").GetInt32());
    }

    public static void Cox(string jsonFile, TextWriter output)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(jsonFile));
        var root = document.RootElement;
        var summary = new Summary(output);
        summary.Add("n", root.GetProperty("n").GetInt32());
        summary.Add("events", root.GetProperty("events").GetInt32());
        foreach (var term in root.GetProperty("terms").EnumerateArray())
        {
            var name = term.GetProperty("name").GetString();
            summary.Add($"coef[{name}]", Number(term.GetProperty("coef")));
            summary.Add($"se[{name}]", Number(term.GetProperty("se")));
        }
        summary.Add("loglik_null", Number(root.GetProperty("loglik_null")));
        summary.Add("loglik", Number(root.GetProperty("loglik")));
        summary.Add("iterations", root.GetProperty("iterations").GetInt32());
        summary.Add("concordance", Number(root.GetProperty("concordance")));
        summary.Add("concordance_se", Number(root.GetProperty("concordance_se")));
    }

    private static double Number(JsonElement value) => value.ValueKind == JsonValueKind.Null ? double.NaN : value.GetDouble();
}
