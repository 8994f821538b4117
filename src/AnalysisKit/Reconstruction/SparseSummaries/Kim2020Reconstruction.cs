using System.Globalization;
using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction.SparseSummaries;

/// <summary>
/// kim2020 (IJROBP 2020, n = 47): the abstract prints whole-cohort medians of overall survival
/// (24.6 months) and progression-free survival (6.8 months), and medians for the subgroup with
/// main portal trunk or first-branch invasion (13.0 and 5.6) whose size is not printed. The whole
/// cohort is rebuilt; the subgroup is declined.
/// </summary>
public sealed class Kim2020Reconstruction : SparseSummaryReconstruction
{
    private const string Os = "os";
    private const string Pfs = "pfs";
    private static readonly AdministrativeCensoring Censoring = new(MinimumFollowUp: 12, AccrualMonths: 48);

    /// <inheritdoc/>
    public override string TrialId => "kim2020";

    /// <inheritdoc/>
    protected internal override SparseReconstructionPlan Plan(Trial trial)
    {
        var enrolled = Claim(trial, ClaimId.Abstract, "Patients", "Enrolled", "n");
        var osMedian = Claim(trial, ClaimId.Abstract, "Overall survival", "Entire cohort", "median");
        var osSub = Claim(trial, ClaimId.Abstract, "Overall survival", "Main portal trunk or first branch invasion", "median");
        var pfsMedian = Claim(trial, ClaimId.Abstract, "Progression-free survival", "Entire cohort", "median");
        var pfsSub = Claim(trial, ClaimId.Abstract, "Progression-free survival", "Main portal trunk or first branch invasion", "median");
        var n = (int)ValueOf(enrolled);
        var osCurve = PiecewiseExponentialSurvival.WithMedian(ValueOf(osMedian));
        var pfsCurve = PiecewiseExponentialSurvival.WithMedian(ValueOf(pfsMedian));
        if (ValueOf(pfsMedian) >= ValueOf(osMedian))
            throw new ArgumentException("The printed PFS median is not below the OS median; the comonotone model needs PFS below OS.");
        const ulong seed = 20200501;

        SyntheticCohort Build(IReadOnlyDictionary<string, int> p)
        {
            var cohort = new SyntheticCohort(n, [], [Os, Pfs]);
            var followUp = Censoring.PotentialFollowUp(n, seed + (ulong)p["censoring_order"]);
            var os = osCurve.QuantileTimes(n);
            var pfs = pfsCurve.QuantileTimes(n);
            for (var i = 0; i < n; i++)
            {
                cohort.SetOutcome(Os, i, Math.Min(os[i], followUp[i]), os[i] <= followUp[i]);
                cohort.SetOutcome(Pfs, i, Math.Min(pfs[i], followUp[i]), pfs[i] <= followUp[i]);
            }
            return cohort;
        }

        ModelDescription Describe(IReadOnlyDictionary<string, int> p) => new(
            [
                new CurveDescription(Os, "all", n, osCurve, $"exponential through the printed whole-cohort median ({osMedian.Text} months)"),
                new CurveDescription(Pfs, "all", n, pfsCurve, $"exponential through the printed whole-cohort median ({pfsMedian.Text} months)"),
            ],
            string.Create(CultureInfo.InvariantCulture,
                $"administrative: uniform entry over {Censoring.AccrualMonths} months (diagnoses 2014 to 2017, as printed) and analysis {Censoring.MinimumFollowUp} months after the last entry (NOT printed, assumed), so potential follow-up is evenly spread over [{Censoring.MinimumFollowUp}, {Censoring.MinimumFollowUp + Censoring.AccrualMonths}] months; one potential follow-up per patient, shared by OS and PFS, handed out in the order of a SplitMix64 shuffle with seed {seed} + censoring_order"),
            [new("censoring_order", p["censoring_order"].ToString(CultureInfo.InvariantCulture))]);

        const string subgroupReason = "the size of the subgroup with main portal trunk or first-branch invasion is not printed; any size (and so any split of the 47 patients) would be invented, and the whole-cohort medians alone do not pin it down, so the subgroup is not rebuilt";
        var targets = new List<PrintedTarget>
        {
            new() { Claim = enrolled, Kind = TargetKind.PatientCount },
            new() { Claim = osMedian, Kind = TargetKind.Median, Endpoint = Os },
            new() { Claim = pfsMedian, Kind = TargetKind.Median, Endpoint = Pfs },
            new() { Claim = osSub, Kind = TargetKind.Median, Endpoint = Os, NotReproducibleReason = subgroupReason },
            new() { Claim = pfsSub, Kind = TargetKind.Median, Endpoint = Pfs, NotReproducibleReason = subgroupReason },
        };
        return new SparseReconstructionPlan
        {
            Build = Build,
            Describe = Describe,
            Targets = targets,
            Axes = [new SearchAxis("censoring_order", 100, 0)],
            Stages = [["censoring_order"]],
            Method = "Overall and progression-free survival of the whole cohort rebuilt from the printed medians: event times at the quantiles of exponential curves through the medians, the k-th shortest PFS and the k-th shortest OS given to the same patient (so PFS never exceeds OS), censored by an administrative model shared by both endpoints; a deterministic search over the censoring order, then moves of the median event times onto the printed medians.",
            Assumptions =
            [
                "Between the printed points the hazard is constant (exponential), the least-informative shape through a single printed median.",
                "Progression-free and overall survival are paired by rank (the patient with the k-th shortest PFS has the k-th shortest OS): with the PFS curve below the OS curve this keeps PFS at or before death for every patient, and a death is always also a PFS event.",
                "Accrual over 48 months follows the printed diagnosis years (2014 to 2017); the 12 months of follow-up after the last entry are NOT printed and are assumed.",
                "The subgroup with main portal trunk or first-branch invasion is declined: its size is not printed (see not_reconstructed).",
            ],
            NotReconstructed =
            [
                "Subgroup with tumour invasion into the main portal trunk or its first branch (OS median 13.0, PFS median 5.6 months): its size is not printed, so no baseline column is written and its medians are reported as not reproducible.",
                "Response rates, downstaging and adverse events are not time-to-event outcomes and are not part of the patient file.",
            ],
            Inputs =
            [
                new InputUse(enrolled, "number of synthetic patients"),
                new InputUse(osMedian, "knot (median, 0.5) of the overall survival curve"),
                new InputUse(pfsMedian, "knot (median, 0.5) of the progression-free survival curve"),
            ],
            Columns =
            [
                new("patient", "synthetic patient number, 1 to " + n.ToString(CultureInfo.InvariantCulture)),
                new("synthetic", "always true: not a real patient"),
                new("os_months", "overall survival time in months (death or censoring)"),
                new("os_event", "1 = died, 0 = censored alive"),
                new("pfs_months", "progression-free survival time in months (progression, death or censoring)"),
                new("pfs_event", "1 = progressed or died, 0 = censored"),
            ],
            Seed = seed,
        };
    }
}
