using AnalysisKit.Consistency;
using AnalysisKit.Trials;

namespace AnalysisKit.Reproduction;

/// <summary>
/// The reproduction ledger: every printed number of the chosen trials as a <see cref="Claim"/>
/// with the kit's own value and a status, plus the consistency findings that feed the
/// <c>conflict</c> statuses. Status rules (the <c>reproduce</c> command's contract):
/// <list type="bullet">
/// <item><c>reproduced</c>: the kit's number agrees with the printed number by the kit's one rule
/// (<see cref="PrintedAgreement"/>: rounded to the printed decimals, or to the table's minimum
/// where a subgroup table drops trailing zeros, it is the printed number; "NA" is reproduced by a
/// median or limit that is not reached; "&lt;0.001" by any smaller number; an approximate number
/// such as "about 20%" by any value in the range its wording covers);</item>
/// <item><c>conflict</c>: not reproduced, and a consistency finding names another printed number it contradicts;</item>
/// <item><c>differs</c>: computed, not equal at the printed rounding;</item>
/// <item><c>not-reproducible</c>: no data in the kit recomputes it (the note says why).</item>
/// </list>
/// </summary>
public sealed class ReproductionLedger
{
    /// <summary>How many contradicting places a conflict's note names before summing up the rest.</summary>
    public const int MaxCitedInNote = 3;

    private ReproductionLedger(IReadOnlyList<TrialReproduction> trials) => Trials = trials;

    /// <summary>One entry per trial, in the order requested.</summary>
    public IReadOnlyList<TrialReproduction> Trials { get; }

    /// <summary>Builds the ledger of the given trials of a catalog (all of them, in id order, when none is given).</summary>
    /// <exception cref="ArgumentException">An id is not a trial of the catalog.</exception>
    public static ReproductionLedger Build(TrialCatalog catalog, IEnumerable<string>? trialIds = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var ids = trialIds?.ToList() ?? [.. catalog.Ids];
        return new ReproductionLedger(ids.Select(id => Reproduce(catalog.Load(id))).ToList());
    }

    /// <summary>The ledger of one trial.</summary>
    public static TrialReproduction Reproduce(Trial trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var patients = PatientData.Of(trial);
        var findings = ConsistencyChecker.Check(trial);
        var recomputer = new ClaimRecomputer(trial, patients);
        var claims = trial.PublishedValues.Select(v => ClaimOf(v, recomputer.Recompute(v), MinimumDecimals(trial, v), findings)).ToList();
        var citation = trial.Metadata.Citation;
        return new TrialReproduction
        {
            Trial = trial.Id,
            Title = citation.Title,
            Citation = $"{citation.Journal}{(citation.Year is { } year ? " " + year : "")}",
            Claims = claims,
            Findings = findings,
            Summary = ReproductionSummary.Of(claims),
            PatientDataFile = patients?.File,
            SyntheticData = patients?.IsSynthetic ?? false,
        };
    }

    /// <summary>
    /// The fewest decimals a printed number is compared at: a subgroup survival table's column
    /// minimum (<see cref="SubgroupSurvivalTable.MinimumDecimals"/>: those tables drop trailing
    /// zeros), otherwise 0 (the printed decimals).
    /// </summary>
    private static int MinimumDecimals(Trial trial, PublishedValue value) =>
        trial.SurvivalTables.Any(t => t.Table == value.Table) ? SubgroupSurvivalTable.MinimumDecimals(value.Column) : 0;

    private static Claim ClaimOf(PublishedValue value, Recomputation recomputation, int minimumDecimals, IReadOnlyList<ConsistencyFinding> findings)
    {
        ClaimStatus status;
        string note;
        var comparison = recomputation.Value is { } computed ? PrintedComparison.Of(value.Printed, computed, minimumDecimals) : null;
        if (comparison is null)
        {
            status = ClaimStatus.NotReproducible;
            note = recomputation.Note;
        }
        else if (comparison.Agrees)
        {
            status = ClaimStatus.Reproduced;
            note = recomputation.Note;
        }
        else
        {
            status = ClaimStatus.Differs;
            note = $"printed {value.Text}, the kit gets {Shown(comparison.Value, comparison.Decimals)}: {recomputation.Note}";
        }
        var against = findings.Where(f => f.Contradicted.Contains(value.Id, StringComparer.Ordinal)).ToList();
        var conflictsWith = new List<string>();
        if (status != ClaimStatus.Reproduced && against.Count > 0 && Opposing(value, against).Count > 0)
        {
            var opposing = Opposing(value, against);
            conflictsWith = opposing.Select(p => p.ClaimId).ToList();
            var others = opposing.Take(MaxCitedInNote).Select(p => $"{p.Source} line {p.SeedLine} prints {p.Printed} ({p.ClaimId})").ToList();
            if (opposing.Count > MaxCitedInNote) others.Add($"{opposing.Count - MaxCitedInNote} more places");
            var prior = status == ClaimStatus.NotReproducible ? "not recomputable (" + note + ")" : note;
            note = $"contradicts {string.Join("; ", others)}: {string.Join(" ", against.Select(f => f.Explanation).Distinct())} Kit: {prior}";
            status = ClaimStatus.Conflict;
        }
        if (recomputation.Synthetic) note = "synthetic data: " + note;
        return new Claim
        {
            Id = value.Id, Trial = value.Trial, Source = value.Source, Table = value.Table, RowGroup = value.RowGroup,
            RowLabel = value.RowLabel, Column = value.Column, Kind = ValueKinds.NameOf(value.Kind), Quantity = value.Quantity,
            Published = value.Text, Comparison = comparison, Status = status, Note = note, SeedLine = value.SeedLine,
            Denominator = value.Denominator, DenominatorInferred = value.DenominatorInferred,
            Synthetic = recomputation.Synthetic && recomputation.Computed, ConflictsWith = conflictsWith,
        };
    }

    /// <summary>
    /// The places of the findings against a claim that print something other than the claim: a
    /// place printing a number that agrees with the claim's (the same 13.2 in the abstract and the
    /// results) does not contradict it.
    /// </summary>
    private static List<FindingPlace> Opposing(PublishedValue value, IReadOnlyList<ConsistencyFinding> against) =>
        against.SelectMany(f => f.Places).Where(p => p.ClaimId != value.Id).DistinctBy(p => p.ClaimId)
            .Where(p => !PrintedNumber.TryParse(p.Printed, out var other) || other is null
                        || !PercentageChecks.PrintedAgree(other, value.Printed))
            .ToList();

    private static string Shown(double value, int decimals) =>
        double.IsNaN(value) ? "NA (not reached)"
        : value.ToString("F" + Math.Min(decimals + 2, 6), System.Globalization.CultureInfo.InvariantCulture);
}
