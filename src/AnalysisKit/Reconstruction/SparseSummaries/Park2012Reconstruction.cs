using System.Globalization;
using AnalysisKit.Survival;
using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction.SparseSummaries;

/// <summary>
/// park2012 (J Hepatol 2012, n = 50): the abstract prints the median time to progression with its
/// 95% CI (7.1, 4.8–7.5 months), the TTP medians by BCLC stage (B 7.3, C 5.0; stages 82% and
/// 18%), the 6-month progression-free survival with its 95% CI (52%, 37.3–66.1), the median
/// follow-up (14.9 months), the study period (July 2009 to May 2011) and the disposition (30
/// completed, 17 stopped for progression).
/// </summary>
public sealed class Park2012Reconstruction : SparseSummaryReconstruction
{
    private const string Bclc = "BCLC";
    private const string StageB = "Stage B";
    private const string StageC = "Stage C";
    private const string Ttp = "ttp";
    private const string Pfs = "pfs";
    private const int Exits = 3;

    /// <summary>Months from the first entry (July 2009) to the end of follow-up (May 2011), as printed.</summary>
    public const double StudyPeriodMonths = 22;

    private static readonly double[] ExitTimes = Enumerable.Range(1, 11).Select(k => 0.5 * k).ToArray();

    /// <inheritdoc/>
    public override string TrialId => "park2012";

    /// <inheritdoc/>
    protected internal override SparseReconstructionPlan Plan(Trial trial)
    {
        var treated = Claim(trial, ClaimId.Abstract, "Patients", "Treated", "n");
        var pctB = Claim(trial, ClaimId.Abstract, "BCLC stage", "B", "pct");
        var pctC = Claim(trial, ClaimId.Abstract, "BCLC stage", "C", "pct");
        var followUpMedian = Claim(trial, ClaimId.Abstract, "Follow-up", "Follow-up (months)", "median");
        var completed = Claim(trial, ClaimId.Abstract, "Disposition", "Completed the study", "n");
        var progressed = Claim(trial, ClaimId.Abstract, "Disposition", "Discontinued sorafenib for progression", "n");
        var ttpMedian = Claim(trial, ClaimId.Abstract, "Time to progression", "All patients", "median");
        var ttpLower = Claim(trial, ClaimId.Abstract, "Time to progression", "All patients", "median_lower");
        var ttpUpper = Claim(trial, ClaimId.Abstract, "Time to progression", "All patients", "median_upper");
        var ttpB = Claim(trial, ClaimId.Abstract, "Time to progression", "BCLC stage B", "median");
        var ttpC = Claim(trial, ClaimId.Abstract, "Time to progression", "BCLC stage C", "median");
        var pfs6 = Claim(trial, ClaimId.Abstract, "Progression-free survival", "All patients", "s6");
        var pfs6Lower = Claim(trial, ClaimId.Abstract, "Progression-free survival", "All patients", "s6_lower");
        var pfs6Upper = Claim(trial, ClaimId.Abstract, "Progression-free survival", "All patients", "s6_upper");

        var n = (int)ValueOf(treated);
        var nB = CountFromPercentage(n, pctB);
        var nC = CountFromPercentage(n, pctC);
        if (nB + nC != n)
            throw new ArgumentException($"The stage percentages give {nB} + {nC} patients, not the {n} treated.");
        if (ValueOf(completed) + ValueOf(progressed) + Exits != n)
            throw new ArgumentException($"The disposition ({completed.Text} completed, {progressed.Text} progressed) does not leave {Exits} other discontinuations of {n}.");
        var censoring = AdministrativeCensoring.FromLongestAndMedian(StudyPeriodMonths, ValueOf(followUpMedian));
        var lowerTime = ValueOf(ttpLower);
        var medianTime = ValueOf(ttpMedian);
        var upperTime = ValueOf(ttpUpper);
        const int lowLevelFirst = 15;
        const int highLevelFirst = 30;
        const ulong seed = 20120601;
        double Level(int k) => 1 - (k - 0.5) / n;

        PiecewiseExponentialSurvival Curve(IReadOnlyDictionary<string, int> p)
        {
            var atLower = Level(lowLevelFirst + p["level_at_ci_lower"]);
            var atUpper = Level(highLevelFirst + p["level_at_ci_upper"]);
            return new PiecewiseExponentialSurvival(
                [(lowerTime, atLower), (medianTime, 0.5), (upperTime, atUpper)],
                tailHazard: -Math.Log(atUpper) / upperTime);
        }

        double[] ExitsOf(IReadOnlyDictionary<string, int> p)
        {
            var exits = new[] { ExitTimes[p["exit_1"]], ExitTimes[p["exit_2"]], ExitTimes[p["exit_3"]] };
            if (exits[0] > exits[1] || exits[1] > exits[2])
                throw new ArgumentException("Exit times are searched in increasing order only.");
            return exits;
        }

        // Stage C: the first half (rounded up) of the group every (1 + step_1)-th patient in latent TTP order from rank stage_c_first, the rest every (1 + step_2)-th after them.
        int[] StageCRanks(IReadOnlyDictionary<string, int> p)
        {
            var ranks = new int[nC];
            var firstHalf = (nC + 1) / 2;
            for (var j = 0; j < nC; j++)
                ranks[j] = j == 0 ? p["stage_c_first"] : ranks[j - 1] + 1 + (j < firstHalf ? p["stage_c_step_1"] : p["stage_c_step_2"]);
            return ranks;
        }

        SyntheticCohort Build(IReadOnlyDictionary<string, int> p)
        {
            var latent = Curve(p).QuantileTimes(n);
            var exits = ExitsOf(p);
            var followUp = censoring.PotentialFollowUp(n, seed + (ulong)p["censoring_order"]);
            var stageC = StageCRanks(p).ToHashSet();
            if (stageC.Any(r => r >= n - Exits)) throw new ArgumentException("Stage C ranks run past the patients with a latent TTP.");
            var cohort = new SyntheticCohort(n, [Bclc], [Ttp, Pfs]);
            for (var i = 0; i < n; i++)
            {
                cohort.SetBaseline(Bclc, i, stageC.Contains(i) ? StageC : StageB);
                var exit = i - (n - Exits);   // the three longest latent TTPs belong to the other discontinuations
                if (exit >= 0)
                {
                    var died = exit < p["exits_dying"];
                    cohort.SetOutcome(Ttp, i, exits[exit], false);
                    cohort.SetOutcome(Pfs, i, exits[exit], died);
                    continue;
                }
                var time = Math.Min(latent[i], followUp[i]);
                var progressedHere = latent[i] <= followUp[i];
                cohort.SetOutcome(Ttp, i, time, progressedHere);
                cohort.SetOutcome(Pfs, i, time, progressedHere);
            }
            return cohort;
        }

        ModelDescription Describe(IReadOnlyDictionary<string, int> p)
        {
            var exits = ExitsOf(p);
            return new ModelDescription(
                [new CurveDescription(Ttp, "all", n, Curve(p),
                    $"through the printed median ({ttpMedian.Text}, 0.5) and, at the printed CI limits {ttpLower.Text} and {ttpUpper.Text} months, survival levels 1 - (k - 0.5)/{n} chosen by the search (k = {lowLevelFirst + p["level_at_ci_lower"]} and {highLevelFirst + p["level_at_ci_upper"]}); after the last knot the average hazard up to it, -ln S({ttpUpper.Text})/{ttpUpper.Text}")],
                string.Create(CultureInfo.InvariantCulture,
                    $"administrative: entries spread evenly from the printed start (July 2009) so that follow-up ends at the printed end (May 2011, {StudyPeriodMonths} months after the first entry) and the median potential follow-up is the printed {followUpMedian.Text} months: potential follow-up evenly spread over [{censoring.MinimumFollowUp:0.###}, {StudyPeriodMonths}] months ({censoring.AccrualMonths:0.###} months of accrual), handed out in the order of a SplitMix64 shuffle with seed {seed} + censoring_order. "
                    + $"Other discontinuations: {Exits} patients ({n} - {ValueOf(completed)} completed - {ValueOf(progressed)} stopped for progression), given the three longest latent TTPs, leave at {string.Join(", ", exits)} months: censored for TTP; for PFS the first {p["exits_dying"]} of them die (event) and the others are censored."),
                [
                    new("level_at_ci_lower", p["level_at_ci_lower"].ToString(CultureInfo.InvariantCulture)),
                    new("level_at_ci_upper", p["level_at_ci_upper"].ToString(CultureInfo.InvariantCulture)),
                    new("censoring_order", p["censoring_order"].ToString(CultureInfo.InvariantCulture)),
                    new("exits_dying", p["exits_dying"].ToString(CultureInfo.InvariantCulture)),
                    new("exit_months", string.Join(", ", exits.Select(e => e.ToString(CultureInfo.InvariantCulture)))),
                    new("stage_c_patients", string.Join(", ", StageCRanks(p).Select(r => (r + 1).ToString(CultureInfo.InvariantCulture)))),
                ]);
        }

        const string pfsIntervalNote = "not reachable under this model: with 50 patients a plain Greenwood interval printing 37.3-66.1 around a rate printing 52% needs at least 5 patients censored before 6 months (checked over every order of events and censorings), and the model has only the 3 other discontinuations before 6 months (follow-up starts at 7.8 months); ";
        const string pfsTransformNote = "the printed interval is symmetric about 51.7%: it fits the plain (linear) Greenwood interval; a log interval would be centred (geometrically) on 49.6-49.7% and a log-log one on 52.7-52.8%, neither of which prints 52%, so no curve can reproduce the three printed numbers with R's default log transform";
        var targets = new List<PrintedTarget>
        {
            new() { Claim = treated, Kind = TargetKind.PatientCount },
            new() { Claim = pctB, Kind = TargetKind.GroupPercentage, GroupColumn = Bclc, GroupLevel = StageB },
            new() { Claim = pctC, Kind = TargetKind.GroupPercentage, GroupColumn = Bclc, GroupLevel = StageC },
            new() { Claim = ttpMedian, Kind = TargetKind.Median, Endpoint = Ttp },
            new() { Claim = ttpLower, Kind = TargetKind.MedianLower, Endpoint = Ttp },
            new() { Claim = ttpUpper, Kind = TargetKind.MedianUpper, Endpoint = Ttp },
            new() { Claim = ttpB, Kind = TargetKind.Median, Endpoint = Ttp, GroupColumn = Bclc, GroupLevel = StageB },
            new() { Claim = ttpC, Kind = TargetKind.Median, Endpoint = Ttp, GroupColumn = Bclc, GroupLevel = StageC },
            new() { Claim = pfs6, Kind = TargetKind.Rate, Endpoint = Pfs, LandmarkMonths = 6, ConfidenceType = ConfidenceIntervalType.Plain },
            new() { Claim = pfs6Lower, Kind = TargetKind.RateLower, Endpoint = Pfs, LandmarkMonths = 6, ConfidenceType = ConfidenceIntervalType.Plain, Note = pfsIntervalNote + pfsTransformNote },
            new() { Claim = pfs6Upper, Kind = TargetKind.RateUpper, Endpoint = Pfs, LandmarkMonths = 6, ConfidenceType = ConfidenceIntervalType.Plain, Note = pfsIntervalNote + pfsTransformNote },
            new() { Claim = followUpMedian, Kind = TargetKind.MedianFollowUp, Endpoint = Ttp },
        };
        return new SparseReconstructionPlan
        {
            Build = Build,
            Describe = Describe,
            Targets = targets,
            Axes =
            [
                new SearchAxis("level_at_ci_lower", 8, 4),
                new SearchAxis("level_at_ci_upper", 8, 4),
                new SearchAxis("censoring_order", 20, 0),
                new SearchAxis("exits_dying", Exits + 1, 0),
                new SearchAxis("exit_1", ExitTimes.Length, 3),
                new SearchAxis("exit_2", ExitTimes.Length, 6),
                new SearchAxis("exit_3", ExitTimes.Length, 9),
                new SearchAxis("stage_c_first", 13, 0),
                new SearchAxis("stage_c_step_1", 5, 2),
                new SearchAxis("stage_c_step_2", 5, 2),
            ],
            Stages =
            [
                ["level_at_ci_lower", "level_at_ci_upper", "censoring_order"],
                ["exits_dying", "exit_1", "exit_2", "exit_3"],
                ["stage_c_first", "stage_c_step_1", "stage_c_step_2"],
            ],
            Method = "Time to progression rebuilt from the printed median and its 95% CI: event times at the quantiles of a piecewise-exponential curve through the median and through levels at the CI limits; BCLC stage C given to every m-th patient in TTP order; progression-free survival equals TTP except for the three other discontinuations (some of them deaths); administrative censoring from the printed study period and median follow-up. A deterministic search over the levels, the censoring order, the discontinuations and the stage C pattern, then moves of the median and CI event times onto the printed times, so that the kit's Kaplan-Meier reproduces the printed numbers.",
            Assumptions =
            [
                $"Stage sizes {nB} (B) and {nC} (C) are the printed percentages ({pctB.Text}, {pctC.Text}) of {n}, rounded.",
                "Between the printed points the hazard is constant (piecewise exponential). The printed CI limits of the median are where R's log-transformed pointwise band reaches 0.5, so the curve is given knots at those times too, at levels chosen by the search.",
                "Follow-up: the abstract prints July 2009 to May 2011 (22 months) and a median follow-up of 14.9 months; uniform entry with the last follow-up ending in May 2011 gives 14.2 months of accrual and 7.8 months of minimum follow-up. The printed median follow-up is checked by the reverse Kaplan-Meier method on TTP.",
                "Three patients neither completed the study nor stopped for progression (50 - 30 - 17): they are taken as early exits before 6 months, censored for TTP; the search decides how many of them died (a PFS event) and when they left.",
                "Progression-free survival is TTP with deaths counted as events; it is checked only at 6 months, where it is printed.",
                "The 6-month PFS interval is computed with the plain (linear) Greenwood transform; see the fidelity notes for why R's default log transform cannot give the printed numbers.",
                "Stage C patients follow a regular pattern in order of latent TTP (a starting rank and two spacings, searched): a pattern, not a claim about which patients had stage C disease.",
            ],
            NotReconstructed =
            [
                "Overall survival: the abstract prints nothing about it.",
                "Progression-free survival beyond 6 months: only the 6-month rate is printed; the PFS column after 6 months is TTP with the early deaths, not a fitted curve.",
                "TACE sessions and sorafenib dose intensity are not time-to-event outcomes.",
            ],
            Inputs =
            [
                new InputUse(treated, "number of synthetic patients"),
                new InputUse(pctB, "size of the stage B group"),
                new InputUse(pctC, "size of the stage C group"),
                new InputUse(ttpMedian, "knot (median, 0.5) of the TTP curve"),
                new InputUse(ttpLower, "knot time of the TTP curve (level searched)"),
                new InputUse(ttpUpper, "knot time of the TTP curve (level searched)"),
                new InputUse(followUpMedian, "median potential follow-up of the administrative censoring"),
                new InputUse(completed, "with the progression count, leaves three other discontinuations"),
                new InputUse(progressed, "with the completion count, leaves three other discontinuations"),
            ],
            Columns =
            [
                new("patient", "synthetic patient number, 1 to " + n.ToString(CultureInfo.InvariantCulture) + ", in order of latent TTP"),
                new("synthetic", "always true: not a real patient"),
                new(Bclc, "BCLC stage: Stage B or Stage C"),
                new("ttp_months", "time to progression in months (progression or censoring)"),
                new("ttp_event", "1 = progression, 0 = censored"),
                new("pfs_months", "progression-free survival time in months (progression, death or censoring)"),
                new("pfs_event", "1 = progression or death, 0 = censored"),
            ],
            Seed = seed,
        };
    }
}
