namespace AnalysisKit.Reconstruction;

/// <summary>
/// The summary scores of synthetic patients against the true patients of a validation cohort,
/// with the definitions of <c>tests/validation/build_validation_trials.R</c> (its
/// <c>scores</c> function), in this order:
/// <list type="bullet">
/// <item><c>km_sup_&lt;endpoint&gt;</c>: <see cref="KaplanMeierDistance"/> of each endpoint;</item>
/// <item><c>cox_univariable_max_abs_log_hr_difference_&lt;endpoint&gt;</c>: the largest |Δβ| of the
/// univariable Cox models of the chosen variables (<see cref="CoxAgreement.Univariable"/>);</item>
/// <item><c>cox_multivariable_max_abs_log_hr_difference_&lt;endpoint&gt;</c>: the same for the
/// multivariable model of all of them (<see cref="CoxAgreement.Multivariable"/>);</item>
/// <item><c>crosstab_tv_mean</c>, <c>crosstab_tv_max</c>: mean and largest
/// <see cref="CrossTab.TotalVariation"/> over every pair of baseline variables;</item>
/// <item>with endpoints <c>pfs</c> and <c>os</c>: <c>linkage_abs_difference_death_fraction</c>,
/// <c>linkage_abs_difference_spearman_both_events</c> and
/// <c>linkage_abs_difference_median_months_progression_to_death</c>, the absolute differences of
/// those <see cref="PfsOsLinkage"/> statistics.</item>
/// </list>
/// Endpoints and baseline variables are the true patients', in their order.
/// </summary>
public static class ValidationScores
{
    /// <summary>Scores <paramref name="synthetic"/> against <paramref name="truth"/>.</summary>
    /// <param name="truth">The true patients.</param>
    /// <param name="synthetic">The synthetic patients, with the same endpoints and baseline variables.</param>
    /// <param name="coxVariables">The baseline variables of the Cox models (a cohort's <c>variables.csv</c>, <c>in_cox</c>).</param>
    /// <exception cref="ArgumentException">The synthetic patients lack an endpoint or variable of the true ones, or a Cox variable cannot be compared (<see cref="CoxAgreement"/>).</exception>
    public static IReadOnlyList<ValidationScore> Compute(ValidationPatients truth, ValidationPatients synthetic, IReadOnlyList<string> coxVariables)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(synthetic);
        var scores = new List<ValidationScore>();
        foreach (var endpoint in truth.Endpoints)
            scores.Add(new($"km_sup_{endpoint}", KaplanMeierDistance.Between(truth, synthetic, endpoint).Distance));
        foreach (var endpoint in truth.Endpoints)
            scores.Add(new($"cox_univariable_max_abs_log_hr_difference_{endpoint}",
                CoxAgreement.LargestDifference(CoxAgreement.Univariable(truth, synthetic, endpoint, coxVariables))));
        foreach (var endpoint in truth.Endpoints)
            scores.Add(new($"cox_multivariable_max_abs_log_hr_difference_{endpoint}",
                CoxAgreement.LargestDifference(CoxAgreement.Multivariable(truth, synthetic, endpoint, coxVariables))));

        var variables = truth.BaselineVariables;
        var distances = new List<double>();
        for (var i = 0; i < variables.Count; i++)
            for (var j = i + 1; j < variables.Count; j++)
                distances.Add(CrossTab.Of(truth, variables[i], variables[j]).TotalVariation(CrossTab.Of(synthetic, variables[i], variables[j])));
        if (distances.Count > 0)
        {
            scores.Add(new("crosstab_tv_mean", distances.Average()));
            scores.Add(new("crosstab_tv_max", distances.Max()));
        }

        if (truth.Endpoints.Contains("pfs") && truth.Endpoints.Contains("os"))
        {
            var a = PfsOsLinkage.Of(truth);
            var b = PfsOsLinkage.Of(synthetic);
            scores.Add(new("linkage_abs_difference_death_fraction", Math.Abs(a.DeathFraction - b.DeathFraction)));
            scores.Add(new("linkage_abs_difference_spearman_both_events", Math.Abs(a.SpearmanBothEvents - b.SpearmanBothEvents)));
            scores.Add(new("linkage_abs_difference_median_months_progression_to_death",
                Math.Abs(a.MedianMonthsProgressionToDeath - b.MedianMonthsProgressionToDeath)));
        }
        return scores;
    }
}
