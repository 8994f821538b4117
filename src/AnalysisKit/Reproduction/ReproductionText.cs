using System.Globalization;
using System.Text;

namespace AnalysisKit.Reproduction;

/// <summary>The ledger as plain text: one summary line per trial, then its consistency findings.</summary>
public static class ReproductionText
{
    /// <summary>"trial: 870 claims, 300 reproduced, 12 differs, 20 conflict, 538 not reproducible".</summary>
    public static string SummaryLine(TrialReproduction trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var s = trial.Summary;
        return FormattableString.Invariant(
            $"{trial.Trial}: {s.Claims} claims, {s.Reproduced} reproduced, {s.Differs} differs, {s.Conflict} conflict, {s.NotReproducible} not reproducible"
) + (trial.SyntheticData ? " (survival numbers from synthetic patient data)" : "");
    }

    /// <summary>Every trial's summary line followed by its findings, one per line.</summary>
    public static string Write(ReproductionLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var text = new StringBuilder();
        foreach (var trial in ledger.Trials)
        {
            text.Append(SummaryLine(trial)).Append('\n');
            text.Append(CultureInfo.InvariantCulture, $"  consistency findings: {trial.Findings.Count}\n");
            foreach (var finding in trial.Findings)
            {
                text.Append(CultureInfo.InvariantCulture, $"  - [{finding.CheckName}] {finding.Explanation}\n");
                text.Append(CultureInfo.InvariantCulture, $"      cites: {string.Join("; ", finding.Places.Select(p => p.ClaimId))}\n");
            }
        }
        return text.ToString();
    }
}
