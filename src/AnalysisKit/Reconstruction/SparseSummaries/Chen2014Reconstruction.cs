using System.Globalization;
using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction.SparseSummaries;

/// <summary>
/// chen2014 (IJROBP 2014, n = 40): the abstract prints only the 2-year overall survival (32%) and
/// the 2-year in-field progression-free survival (39%, printed twice). Since 39% exceeds 32%,
/// in-field PFS cannot count deaths as events: it is rebuilt as freedom from in-field progression,
/// deaths without in-field progression being censored.
/// </summary>
public sealed class Chen2014Reconstruction : SparseSummaryReconstruction
{
    private const string Os = "os";
    private const string InField = "infield_pfs";
    private const double Landmark = 24;
    private static readonly AdministrativeCensoring Censoring = new(MinimumFollowUp: 12, AccrualMonths: 24);

    /// <inheritdoc/>
    public override string TrialId => "chen2014";

    /// <inheritdoc/>
    protected internal override SparseReconstructionPlan Plan(Trial trial)
    {
        var treated = Claim(trial, ClaimId.Abstract, "Patients", "Treated", "n");
        var os24 = Claim(trial, ClaimId.Abstract, "Survival", "Overall survival", "s24");
        var ifps24 = Claim(trial, ClaimId.Abstract, "Survival", "Infield progression-free survival", "s24");
        var ifps24Again = Claim(trial, ClaimId.Abstract, "Conclusions", "Infield progression-free survival", "s24");
        var n = (int)ValueOf(treated);
        var osCurve = new PiecewiseExponentialSurvival([(Landmark, ValueOf(os24) / 100)]);
        var progressionCurve = new PiecewiseExponentialSurvival([(Landmark, ValueOf(ifps24) / 100)]);
        const ulong seed = 20140401;

        SyntheticCohort Build(IReadOnlyDictionary<string, int> p)
        {
            var cohort = new SyntheticCohort(n, [], [Os, InField]);
            var followUp = Censoring.PotentialFollowUp(n, seed + (ulong)p["censoring_order"]);
            var os = osCurve.QuantileTimes(n);
            var progression = DeterministicShuffle.Apply(progressionCurve.QuantileTimes(n), seed + 1000 + (ulong)p["progression_order"]);
            for (var i = 0; i < n; i++)
            {
                cohort.SetOutcome(Os, i, Math.Min(os[i], followUp[i]), os[i] <= followUp[i]);
                var end = Math.Min(progression[i], Math.Min(os[i], followUp[i]));
                cohort.SetOutcome(InField, i, end, progression[i] <= os[i] && progression[i] <= followUp[i]);
            }
            return cohort;
        }

        ModelDescription Describe(IReadOnlyDictionary<string, int> p) => new(
            [
                new CurveDescription(Os, "all", n, osCurve, $"exponential through the printed 2-year overall survival ({os24.Text})"),
                new CurveDescription(InField, "all", n, progressionCurve, $"exponential through the printed 2-year in-field progression-free survival ({ifps24.Text}); latent in-field progression times, observed only before death and censoring"),
            ],
            string.Create(CultureInfo.InvariantCulture,
                $"administrative, NOT printed (assumed): uniform entry over {Censoring.AccrualMonths} months and analysis {Censoring.MinimumFollowUp} months after the last entry, so potential follow-up is evenly spread over [{Censoring.MinimumFollowUp}, {Censoring.MinimumFollowUp + Censoring.AccrualMonths}] months, shared by both endpoints, handed out in the order of a SplitMix64 shuffle with seed {seed} + censoring_order; in-field progression is also censored at death. Latent in-field progression times are paired with patients by a shuffle with seed {seed + 1000} + progression_order (independent of death)"),
            [
                new("censoring_order", p["censoring_order"].ToString(CultureInfo.InvariantCulture)),
                new("progression_order", p["progression_order"].ToString(CultureInfo.InvariantCulture)),
            ]);

        const string definitionNote = "in-field PFS is rebuilt as freedom from in-field progression with deaths censored, because the printed 2-year rate (39%) exceeds the 2-year overall survival (32%), which a PFS counting deaths cannot do";
        var targets = new List<PrintedTarget>
        {
            new() { Claim = treated, Kind = TargetKind.PatientCount },
            new() { Claim = os24, Kind = TargetKind.Rate, Endpoint = Os, LandmarkMonths = Landmark },
            new() { Claim = ifps24, Kind = TargetKind.Rate, Endpoint = InField, LandmarkMonths = Landmark, Note = definitionNote },
            new() { Claim = ifps24Again, Kind = TargetKind.Rate, Endpoint = InField, LandmarkMonths = Landmark, Note = definitionNote },
        };
        return new SparseReconstructionPlan
        {
            Build = Build,
            Describe = Describe,
            Targets = targets,
            Axes = [new SearchAxis("censoring_order", 40, 0), new SearchAxis("progression_order", 40, 0)],
            Stages = [["censoring_order", "progression_order"]],
            Method = "Overall survival and in-field progression rebuilt from the two printed 2-year rates: death times at the quantiles of an exponential curve through the 2-year OS, latent in-field progression times at the quantiles of an exponential curve through the 2-year in-field PFS, paired with patients independently of death; both censored by an assumed administrative model, in-field progression also by death; a deterministic search over the two orders so that the kit's Kaplan-Meier at 24 months prints the published rates.",
            Assumptions =
            [
                "Between the printed points the hazard is constant (exponential); one 2-year rate is all that is printed for each endpoint, and the same hazard is kept after 2 years.",
                "In-field PFS counts in-field progression only; death without in-field progression censors it. The printed numbers force this: 39% in-field PFS at 2 years cannot exceed 32% survival at 2 years if deaths were events.",
                "In-field progression is independent of death (a competing risk handled by censoring), so the Kaplan-Meier of in-field PFS estimates the curve through 39%.",
                "Censoring is not printed: an administrative model with 24 months of accrual and 12 months of minimum follow-up is assumed; with 40 patients and no censoring before 2 years no Kaplan-Meier estimate can print 39% (15/40 = 37.5%, 16/40 = 40%), so some censoring before 2 years is needed to reproduce it.",
            ],
            NotReconstructed =
            [
                "Medians, intervals and anything after 2 years: nothing is printed.",
                "CLIP score subgroups: the abstract says a CLIP score of 2 or more was associated with worse survival but prints no subgroup size or number.",
                "Portal vein thrombosis (24 patients) is printed but no outcome by it, so it is not a column.",
            ],
            Inputs =
            [
                new InputUse(treated, "number of synthetic patients"),
                new InputUse(os24, "knot (24 months, 0.32) of the overall survival curve"),
                new InputUse(ifps24, "knot (24 months, 0.39) of the in-field progression curve"),
            ],
            Columns =
            [
                new("patient", "synthetic patient number, 1 to " + n.ToString(CultureInfo.InvariantCulture)),
                new("synthetic", "always true: not a real patient"),
                new("os_months", "overall survival time in months (death or censoring)"),
                new("os_event", "1 = died, 0 = censored alive"),
                new("infield_pfs_months", "time to in-field progression in months, or to censoring (death without in-field progression, end of follow-up)"),
                new("infield_pfs_event", "1 = in-field progression, 0 = censored"),
            ],
            Seed = seed,
        };
    }
}
