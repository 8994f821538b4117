namespace AnalysisKit.Survival;

/// <summary>
/// Harrell's C for a risk score (higher score = shorter survival), as R's
/// <c>survival::concordancefit(y, x, strata, reverse = TRUE)</c> computes it for
/// <c>coxph</c> (survival 3.5, time weight "n"). Times equal up to round-off are tied, as R's
/// <c>timefix = TRUE</c> (<see cref="TimeFix"/>).
/// <para>
/// A pair (i, j) in the same stratum is comparable when i had the event at tᵢ and j was still
/// at risk: tⱼ &gt; tᵢ, or tⱼ = tᵢ and j was censored. Pairs with equal times that are both events
/// are not comparable. Each comparable pair is concordant, discordant or tied on the score;
/// with N = concordant + discordant + tied, Somers' d = (concordant − discordant) / N and
/// C = (d + 1) / 2.
/// </para>
/// <para>
/// Standard error (the infinitesimal jackknife of <c>concordancefit</c>, not the older
/// <c>survConcordance</c> formula): with cₖ, dₖ, tₖ the numbers of concordant, discordant and
/// tied comparable pairs that subject k belongs to,
/// dfbetaₖ = (cₖ − dₖ) / N − d · (cₖ + dₖ + tₖ) / N, var(d) = Σₖ dfbetaₖ², and
/// var(C) = var(d) / 4.
/// </para>
/// </summary>
public static class HarrellConcordance
{
    /// <summary>Computes C and its standard error; all pairs are counted (O(n²) within each stratum).</summary>
    /// <param name="time">Follow-up times.</param>
    /// <param name="status">True for an event, false for censoring.</param>
    /// <param name="riskScore">Risk score of each subject (for a Cox model, the linear predictor).</param>
    /// <param name="strata">Optional stratum labels; pairs are only formed within a stratum.</param>
    public static ConcordanceResult Compute(
        IReadOnlyList<double> time,
        IReadOnlyList<bool> status,
        IReadOnlyList<double> riskScore,
        IReadOnlyList<string>? strata = null)
    {
        SurvivalArguments.CheckTimesAndEvents(time, status);
        ArgumentNullException.ThrowIfNull(riskScore);
        SurvivalArguments.CheckLength(time.Count, riskScore.Count, "risk scores", nameof(riskScore));
        if (strata is not null) SurvivalArguments.CheckLabels(strata, time.Count, "strata", nameof(strata));

        time = TimeFix.Apply(time);
        var n = time.Count;
        var concordantOf = new double[n];
        var discordantOf = new double[n];
        var tiedOf = new double[n];
        double concordant = 0, discordant = 0, tied = 0;
        var byStratum = Enumerable.Range(0, n).GroupBy(i => strata is null ? string.Empty : strata[i], StringComparer.Ordinal);
        foreach (var members in byStratum)
        {
            var rows = members.ToArray();
            foreach (var i in rows)
            {
                if (!status[i]) continue;
                foreach (var j in rows)
                {
                    var atRisk = time[j] > time[i] || (time[j] == time[i] && !status[j]);
                    if (!atRisk) continue;
                    if (riskScore[i] > riskScore[j])
                    {
                        concordant++;
                        concordantOf[i]++;
                        concordantOf[j]++;
                    }
                    else if (riskScore[i] < riskScore[j])
                    {
                        discordant++;
                        discordantOf[i]++;
                        discordantOf[j]++;
                    }
                    else
                    {
                        tied++;
                        tiedOf[i]++;
                        tiedOf[j]++;
                    }
                }
            }
        }

        var pairs = concordant + discordant + tied;
        if (pairs == 0) return new ConcordanceResult(double.NaN, double.NaN, 0, 0, 0);
        var somers = (concordant - discordant) / pairs;
        var sumSquares = 0.0;
        for (var k = 0; k < n; k++)
        {
            var dfbeta = (concordantOf[k] - discordantOf[k]) / pairs
                - somers / pairs * (concordantOf[k] + discordantOf[k] + tiedOf[k]);
            sumSquares += dfbeta * dfbeta;
        }
        return new ConcordanceResult((somers + 1) / 2, Math.Sqrt(sumSquares / 4), concordant, discordant, tied);
    }
}
