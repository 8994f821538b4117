using System.Globalization;
using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction.SparseSummaries;

/// <summary>
/// chow2014 (PLoS One 2014, n = 29): the abstract prints overall survival medians by BCLC stage
/// (B 20.3, C 8.6 months) and the stage percentages (38%, 62%), but no overall median and no
/// follow-up. Overall survival is rebuilt per stage: 11 and 18 patients (the percentages of 29),
/// each stage exponential through its median.
/// </summary>
public sealed class Chow2014Reconstruction : SparseSummaryReconstruction
{
    private const string Bclc = "BCLC";
    private const string StageB = "Stage B";
    private const string StageC = "Stage C";
    private const string Os = "os";
    private static readonly AdministrativeCensoring Censoring = new(MinimumFollowUp: 12, AccrualMonths: 24);

    /// <inheritdoc/>
    public override string TrialId => "chow2014";

    /// <inheritdoc/>
    protected internal override SparseReconstructionPlan Plan(Trial trial)
    {
        var treated = Claim(trial, ClaimId.Abstract, "Patients", "Treated", "n");
        var pctB = Claim(trial, ClaimId.Abstract, "BCLC stage", "B", "pct");
        var pctC = Claim(trial, ClaimId.Abstract, "BCLC stage", "C", "pct");
        var medianB = Claim(trial, ClaimId.Abstract, "Overall survival", "BCLC stage B", "median");
        var medianC = Claim(trial, ClaimId.Abstract, "Overall survival", "BCLC stage C", "median");
        var n = (int)ValueOf(treated);
        var nB = CountFromPercentage(n, pctB);
        var nC = CountFromPercentage(n, pctC);
        if (nB + nC != n)
            throw new ArgumentException($"The stage percentages give {nB} + {nC} patients, not the {n} treated.");
        var curveB = PiecewiseExponentialSurvival.WithMedian(ValueOf(medianB));
        var curveC = PiecewiseExponentialSurvival.WithMedian(ValueOf(medianC));
        const ulong seed = 20140310;

        SyntheticCohort Build(IReadOnlyDictionary<string, int> p)
        {
            var cohort = new SyntheticCohort(n, [Bclc], [Os]);
            var followUp = Censoring.PotentialFollowUp(n, seed + (ulong)p["censoring_order"]);
            var times = curveB.QuantileTimes(nB).Concat(curveC.QuantileTimes(nC)).ToArray();
            for (var i = 0; i < n; i++)
            {
                cohort.SetBaseline(Bclc, i, i < nB ? StageB : StageC);
                cohort.SetOutcome(Os, i, Math.Min(times[i], followUp[i]), times[i] <= followUp[i]);
            }
            return cohort;
        }

        ModelDescription Describe(IReadOnlyDictionary<string, int> p) => new(
            [
                new CurveDescription(Os, $"{Bclc} = {StageB}", nB, curveB, $"exponential through the printed stage B median ({medianB.Text} months)"),
                new CurveDescription(Os, $"{Bclc} = {StageC}", nC, curveC, $"exponential through the printed stage C median ({medianC.Text} months)"),
            ],
            string.Create(CultureInfo.InvariantCulture,
                $"administrative, NOT printed (assumed): uniform entry over {Censoring.AccrualMonths} months and analysis {Censoring.MinimumFollowUp} months after the last entry, so potential follow-up is evenly spread over [{Censoring.MinimumFollowUp}, {Censoring.MinimumFollowUp + Censoring.AccrualMonths}] months; handed to patients in the order of a SplitMix64 shuffle with seed {seed} + censoring_order"),
            [new("censoring_order", p["censoring_order"].ToString(CultureInfo.InvariantCulture))]);

        var targets = new List<PrintedTarget>
        {
            new() { Claim = treated, Kind = TargetKind.PatientCount },
            new() { Claim = pctB, Kind = TargetKind.GroupPercentage, GroupColumn = Bclc, GroupLevel = StageB },
            new() { Claim = pctC, Kind = TargetKind.GroupPercentage, GroupColumn = Bclc, GroupLevel = StageC },
            new() { Claim = medianB, Kind = TargetKind.Median, Endpoint = Os, GroupColumn = Bclc, GroupLevel = StageB },
            new() { Claim = medianC, Kind = TargetKind.Median, Endpoint = Os, GroupColumn = Bclc, GroupLevel = StageC },
        };
        return new SparseReconstructionPlan
        {
            Build = Build,
            Describe = Describe,
            Targets = targets,
            Axes = [new SearchAxis("censoring_order", 50, 0)],
            Stages = [["censoring_order"]],
            Method = "Overall survival rebuilt per BCLC stage from the printed stage medians: each stage's event times at the quantiles of an exponential curve through its median, censored by an assumed administrative-censoring model; a deterministic search over the censoring order, then moves of the median event times onto the printed medians, so that the kit's Kaplan-Meier reproduces the printed medians.",
            Assumptions =
            [
                $"Stage sizes {nB} (B) and {nC} (C) are the printed percentages ({pctB.Text}, {pctC.Text}) of the {n} treated patients, rounded; {nB}/{n} and {nC}/{n} print as those percentages.",
                "Between the printed points the hazard is constant (exponential), the least-informative shape through a single printed median; the shape after the median is not printed and follows the same hazard.",
                "Censoring is not printed (no follow-up, no numbers at risk): an administrative model with 24 months of accrual and 12 months of minimum follow-up is assumed only so that the file has the censoring a trial of this size usually has; it is a choice, not a finding.",
                "Deaths are the only events of overall survival; no patient is lost to follow-up.",
            ],
            NotReconstructed =
            [
                "Overall survival of the whole cohort: no overall median, rate or interval is printed, so no whole-cohort number is checked (the 29 patients together are only the union of the two stage curves).",
                "Response, disease control and toxicity are not time-to-event outcomes and are not part of the patient file.",
                "Sorafenib duration (median 4.1 months) is a treatment exposure without a printed event definition; not reconstructed.",
            ],
            Inputs =
            [
                new InputUse(treated, "number of synthetic patients"),
                new InputUse(pctB, "size of the stage B group (rounded percentage of the treated)"),
                new InputUse(pctC, "size of the stage C group (rounded percentage of the treated)"),
                new InputUse(medianB, "knot (median, 0.5) of the stage B overall survival curve"),
                new InputUse(medianC, "knot (median, 0.5) of the stage C overall survival curve"),
            ],
            Columns =
            [
                new("patient", "synthetic patient number, 1 to " + n.ToString(CultureInfo.InvariantCulture)),
                new("synthetic", "always true: not a real patient"),
                new(Bclc, "BCLC stage: Stage B or Stage C"),
                new("os_months", "overall survival time in months (death or censoring)"),
                new("os_event", "1 = died, 0 = censored alive"),
            ],
            Seed = seed,
        };
    }
}
