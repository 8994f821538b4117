namespace AnalysisKit.Survival;

/// <summary>
/// The transform on which pointwise confidence intervals for a survival curve are built, as
/// R's <c>survfit(..., conf.type = )</c>. The default is <see cref="Log"/>, as in R
/// (<c>conf.type = "log"</c>); SAS PROC LIFETEST and lifelines default to <see cref="LogLog"/>.
/// With z the standard normal quantile for the confidence level, S the Kaplan–Meier estimate
/// and σ the Greenwood standard error on the cumulative-hazard scale
/// (σ² = Σ dᵢ / (nᵢ (nᵢ − dᵢ))), the limits are those of R's <c>survfit_confint</c>.
/// </summary>
public enum ConfidenceIntervalType
{
    /// <summary>
    /// R's <c>conf.type = "log"</c> (the default): S·exp(∓zσ), the upper limit capped at 1;
    /// missing where S = 0.
    /// </summary>
    Log = 0,

    /// <summary>
    /// R's <c>conf.type = "log-log"</c> (SAS's CONFTYPE=LOGLOG): exp(−exp(log(−log S) ∓ zσ/log S));
    /// missing where S = 0 or S = 1.
    /// </summary>
    LogLog = 1,

    /// <summary>
    /// R's <c>conf.type = "plain"</c> (linear): S ∓ z·S·σ, cut to [0, 1]; missing where S = 0.
    /// </summary>
    Plain = 2,
}
