namespace AnalysisKit.Survival;

/// <summary>Harrell's concordance of a risk score with survival (see <see cref="HarrellConcordance"/>).</summary>
/// <param name="Concordance">C = (concordant + tied / 2) / (concordant + discordant + tied); NaN when no pair is comparable.</param>
/// <param name="StandardError">Infinitesimal-jackknife standard error of C, as <c>summary(coxph(...))$concordance["se(C)"]</c>.</param>
/// <param name="Concordant">Comparable pairs in which the subject with the higher risk score had the event first.</param>
/// <param name="Discordant">Comparable pairs in which the subject with the lower risk score had the event first.</param>
/// <param name="TiedRisk">Comparable pairs with equal risk scores (R's <c>tied.x</c>).</param>
public sealed record ConcordanceResult(double Concordance, double StandardError, double Concordant, double Discordant, double TiedRisk);
