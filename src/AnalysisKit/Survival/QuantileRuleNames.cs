namespace AnalysisKit.Survival;

/// <summary>The name each <see cref="QuantileRule"/> goes by in printed output.</summary>
public static class QuantileRuleNames
{
    /// <summary>
    /// The program and function whose reading of the median the rule reproduces, as printed next
    /// to a median ("median by …"): <see cref="QuantileRule.R"/> is "R print.survfit",
    /// <see cref="QuantileRule.SasLifetest"/> is "SAS PROC LIFETEST",
    /// <see cref="QuantileRule.RQuantileFunction"/> is "R quantile.survfit".
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not one of the rules.</exception>
    public static string DisplayName(this QuantileRule rule) => rule switch
    {
        QuantileRule.R => "R print.survfit",
        QuantileRule.SasLifetest => "SAS PROC LIFETEST",
        QuantileRule.RQuantileFunction => "R quantile.survfit",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown quantile rule."),
    };
}
