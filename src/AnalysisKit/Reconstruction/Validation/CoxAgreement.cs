using AnalysisKit.Data;
using AnalysisKit.Survival.Cox;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// Compares Cox hazard ratios fitted on the true and on the synthetic patients with the kit's
/// <see cref="CoxModel"/> (R's <c>coxph(..., ties = "efron")</c>): each baseline variable is
/// categorical, its first level in the kit's level order (<see cref="LevelOrder"/>) the reference.
/// The comparison is on the log scale, |β_true − β_synthetic| per coefficient.
/// </summary>
public static class CoxAgreement
{
    /// <summary>One model per variable: <c>Surv(months, event) ~ variable</c>, on both sets of patients.</summary>
    /// <exception cref="ArgumentException">No variable is given, or a variable is missing from either set, has one level only, or has other levels in the synthetic patients than in the true ones.</exception>
    public static IReadOnlyList<HazardRatioComparison> Univariable(
        ValidationPatients truth, ValidationPatients synthetic, string endpoint, IReadOnlyList<string> variables)
    {
        Check(truth, synthetic, endpoint, variables);
        return variables.SelectMany(v => Compare(truth, synthetic, endpoint, [v], v)).ToList();
    }

    /// <summary>One model with every variable: <c>Surv(months, event) ~ v1 + v2 + …</c>, on both sets of patients.</summary>
    /// <exception cref="ArgumentException">As <see cref="Univariable"/>.</exception>
    public static IReadOnlyList<HazardRatioComparison> Multivariable(
        ValidationPatients truth, ValidationPatients synthetic, string endpoint, IReadOnlyList<string> variables)
    {
        Check(truth, synthetic, endpoint, variables);
        return Compare(truth, synthetic, endpoint, variables, null);
    }

    /// <summary>The largest |β_true − β_synthetic| of the comparisons; NaN when any of them is NaN.</summary>
    /// <exception cref="ArgumentException">There are no comparisons.</exception>
    public static double LargestDifference(IReadOnlyList<HazardRatioComparison> comparisons)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        if (comparisons.Count == 0)
            throw new ArgumentException("There are no hazard ratios to compare.", nameof(comparisons));
        return comparisons.Any(c => double.IsNaN(c.AbsoluteDifference)) ? double.NaN : comparisons.Max(c => c.AbsoluteDifference);
    }

    private static List<HazardRatioComparison> Compare(
        ValidationPatients truth, ValidationPatients synthetic, string endpoint, IReadOnlyList<string> variables, string? variable)
    {
        var a = LogHazardRatios(truth, endpoint, variables);
        var b = LogHazardRatios(synthetic, endpoint, variables).ToDictionary(t => t.Term, t => t.Beta, StringComparer.Ordinal);
        return a.Select(t => new HazardRatioComparison(endpoint, variable, t.Term, t.Beta, b[t.Term], Math.Abs(t.Beta - b[t.Term]))).ToList();
    }

    private static List<(string Term, double Beta)> LogHazardRatios(ValidationPatients patients, string endpoint, IReadOnlyList<string> variables)
    {
        var column = patients.Endpoint(endpoint);
        var fit = CoxModel.Fit(column.Months, column.Events,
            variables.Select(v => CoxCovariate.Categorical(v, patients.Baseline(v))).ToList());
        return fit.Terms.Select(t => (t.Name, fit.Converged ? t.Coefficient : double.NaN)).ToList();
    }

    private static void Check(ValidationPatients truth, ValidationPatients synthetic, string endpoint, IReadOnlyList<string> variables)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(synthetic);
        ArgumentNullException.ThrowIfNull(variables);
        if (variables.Count == 0)
            throw new ArgumentException("No baseline variable was given; a hazard ratio needs at least one.", nameof(variables));
        truth.Endpoint(endpoint);
        synthetic.Endpoint(endpoint);
        foreach (var v in variables)
        {
            var trueLevels = LevelOrder.Levels(truth.Baseline(v));
            var syntheticLevels = LevelOrder.Levels(synthetic.Baseline(v));
            if (trueLevels.Count < 2)
                throw new ArgumentException($"Every true patient has '{v}' = '{trueLevels[0]}'; a hazard ratio needs two levels or more.", nameof(variables));
            if (!trueLevels.SequenceEqual(syntheticLevels, StringComparer.Ordinal))
                throw new ArgumentException(
                    $"'{v}' has the levels {string.Join(", ", trueLevels)} among the true patients but {string.Join(", ", syntheticLevels)} among the synthetic ones; the hazard ratios of the two cannot be compared.",
                    nameof(variables));
        }
    }
}
