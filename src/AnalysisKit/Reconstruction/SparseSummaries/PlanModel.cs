using System.Globalization;
using AnalysisKit.Data;
using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction.SparseSummaries;

/// <summary>
/// Turns a <see cref="PlanFile"/> and the trial's printed numbers into a
/// <see cref="SparseReconstructionPlan"/>: the cohort builder, the model description, the targets
/// and the prose with its placeholders filled. Every reference in the plan (claims, axes,
/// endpoints, group levels, placeholders) is checked first; a bad one is refused with a
/// <see cref="DataFileException"/> naming the plan file and the JSON path.
/// </summary>
internal sealed partial class PlanModel
{
    private const string AllPatients = "all";

    private readonly PlanFile _plan;
    private readonly string _file;
    private readonly Dictionary<string, PublishedValue> _claims = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SearchAxis> _axes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _sizes = new(StringComparer.Ordinal);
    private readonly PlanText _fixed;
    private readonly int _n;
    private readonly AdministrativeCensoring _censoring;
    private readonly int _exits;

    private PlanModel(PlanFile plan, Trial trial, string file)
    {
        _plan = plan;
        _file = file;
        _fixed = new PlanText(file);
        foreach (var (name, c) in plan.Claims)
        {
            var id = ClaimId.Of(trial.Id, c.Table, c.RowGroup, c.RowLabel, c.Column);
            _claims[name] = trial.Find(id) ?? throw Error($"$.claims.{name}", $"{trial.Id} prints no number '{id}'.");
            _fixed.Set(name, _claims[name].Text);
            if (_claims[name].Value is { } value) _fixed.Set(name + ".value", value);
        }
        _n = (int)Value(plan.Patients, "$.patients");
        _fixed.Set("n", _n);
        _fixed.Set("seed", plan.Seed);
        for (var i = 0; i < plan.Axes.Count; i++)
        {
            var axis = plan.Axes[i];
            if (axis.Count < 1 || axis.Start < 0 || axis.Start >= axis.Count || !_axes.TryAdd(axis.Name, axis))
                throw Error($"$.axes[{i}]", $"the axis '{axis.Name}' needs a unique name, a count of 1 or more and a start from 0 to count - 1.");
        }
        for (var s = 0; s < plan.Stages.Count; s++)
            for (var k = 0; k < plan.Stages[s].Count; k++) Axis(plan.Stages[s][k], $"$.stages[{s}][{k}]");
        CheckGroups();
        _censoring = Censoring();
        _fixed.Set("minimum_follow_up", _censoring.MinimumFollowUp, months: true);
        _fixed.Set("accrual_months", _censoring.AccrualMonths, months: true);
        _fixed.Set("longest_follow_up", _censoring.MinimumFollowUp + _censoring.AccrualMonths, months: true);
        _exits = EarlyExits();
        CheckEndpoints();
        CheckSearchTexts();
    }

    /// <summary>The plan of <paramref name="trial"/> read from <paramref name="file"/>.</summary>
    public static SparseReconstructionPlan Compile(PlanFile plan, Trial trial, string file)
    {
        var model = new PlanModel(plan, trial, file);
        return new SparseReconstructionPlan
        {
            Build = model.Build,
            Describe = model.Describe,
            Targets = plan.Targets.Select(model.Target).ToList(),
            Axes = plan.Axes,
            Stages = plan.Stages,
            Method = model._fixed.Fill(plan.Method, "$.method"),
            Assumptions = plan.Assumptions.Select((a, i) => model._fixed.Fill(a, $"$.assumptions[{i}]")).ToList(),
            NotReconstructed = plan.NotReconstructed.Select((a, i) => model._fixed.Fill(a, $"$.not_reconstructed[{i}]")).ToList(),
            Inputs = plan.Inputs.Select((input, i) => new InputUse(model.Claim(input.Claim, $"$.inputs[{i}].claim"), model._fixed.Fill(input.Use, $"$.inputs[{i}].use"))).ToList(),
            Columns = plan.Columns.Select((c, i) => new KeyValuePair<string, string>(c.Name, model._fixed.Fill(c.Text, $"$.columns[{i}].text"))).ToList(),
            Seed = plan.Seed,
        };
    }

    private SyntheticCohort Build(IReadOnlyDictionary<string, int> p)
    {
        var exitTimes = ExitTimes(p);
        for (var k = 1; k < exitTimes.Length; k++)
            if (exitTimes[k - 1] > exitTimes[k]) throw new ArgumentException("Exit times are searched in non-decreasing order only.");
        var withLatent = _n - _exits;
        var labels = Labels(p, withLatent);
        var latent = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var endpoint in _plan.Endpoints)
        {
            var times = endpoint.Curves is { } curves
                ? curves.SelectMany(c => Curve(c, p).QuantileTimes(CountOf(c))).ToArray()
                : latent[endpoint.LatentFrom!];
            if (endpoint.Shuffle is { } shuffle)
                times = DeterministicShuffle.Apply(times, _plan.Seed + shuffle.SeedOffset + (ulong)p[shuffle.Axis]);
            if (endpoint.AtOrBefore is { } later && Enumerable.Range(0, withLatent).Any(i => times[i] > latent[later][i]))
                throw new ArgumentException($"A latent {endpoint.Name} time comes after the patient's latent {later} time.");
            latent[endpoint.Name] = times;
        }
        var followUp = _censoring.PotentialFollowUp(_n, _plan.Seed + (ulong)p[_plan.Censoring.OrderAxis]);
        var cohort = new SyntheticCohort(_n, _plan.Groups is { } g ? [g.Column] : [], _plan.Endpoints.Select(e => e.Name).ToArray());
        for (var i = 0; i < _n; i++)
        {
            if (labels is not null) cohort.SetBaseline(_plan.Groups!.Column, i, labels[i]);
            var exit = i - withLatent;
            foreach (var endpoint in _plan.Endpoints)
            {
                if (exit >= 0)
                {
                    var exits = _plan.EarlyExits!;
                    cohort.SetOutcome(endpoint.Name, i, exitTimes[exit], exits.DeathEndpoints.Contains(endpoint.Name) && exit < p[exits.DyingAxis]);
                    continue;
                }
                var t = latent[endpoint.Name][i];
                if (endpoint.CensoredBy is { } competing)
                {
                    var other = latent[competing][i];
                    cohort.SetOutcome(endpoint.Name, i, Math.Min(t, Math.Min(other, followUp[i])), t <= other && t <= followUp[i]);
                }
                else
                {
                    cohort.SetOutcome(endpoint.Name, i, Math.Min(t, followUp[i]), t <= followUp[i]);
                }
            }
        }
        return cohort;
    }

    private ModelDescription Describe(IReadOnlyDictionary<string, int> p)
    {
        var text = SearchText(p);
        var curves = new List<CurveDescription>();
        for (var e = 0; e < _plan.Endpoints.Count; e++)
        {
            var endpoint = _plan.Endpoints[e];
            for (var c = 0; c < (endpoint.Curves?.Count ?? 0); c++)
            {
                var curve = endpoint.Curves![c];
                curves.Add(new CurveDescription(endpoint.Name, curve.Group is null ? AllPatients : $"{_plan.Groups!.Column} = {curve.Group}",
                    CountOf(curve), Curve(curve, p), text.Fill(curve.Source, $"$.endpoints[{e}].curves[{c}].source")));
            }
        }
        return new ModelDescription(curves, text.Fill(_plan.Censoring.Description, "$.censoring.description"),
            _plan.Chosen.Select((c, i) => new KeyValuePair<string, string>(c.Name, text.Fill(c.Text, $"$.chosen[{i}].text"))).ToList());
    }

    /// <summary>The fixed values plus those the search chooses: every axis index, knot ranks, exit months and pattern ranks.</summary>
    private PlanText SearchText(IReadOnlyDictionary<string, int> p)
    {
        var text = _fixed.Copy();
        foreach (var (name, index) in p) text.Set(name, index);
        foreach (var knot in _plan.Endpoints.SelectMany(e => e.Curves ?? []).SelectMany(c => c.Knots))
            if (knot.SurvivalRank is { } rank) text.Set(rank.Name, rank.First + p[rank.Axis]);
        if (_plan.EarlyExits is not null)
            text.Set("exit_months", string.Join(", ", ExitTimes(p).Select(t => t.ToString(CultureInfo.InvariantCulture))));
        if (_plan.Groups?.RankPattern is { } pattern)
            text.Set(pattern.RanksName, string.Join(", ", Ranks(pattern, p).Select(r => (r + 1).ToString(CultureInfo.InvariantCulture))));
        return text;
    }

    private void CheckSearchTexts()
    {
        var start = _plan.Axes.ToDictionary(a => a.Name, a => a.Start, StringComparer.Ordinal);
        var text = SearchText(start);
        for (var e = 0; e < _plan.Endpoints.Count; e++)
            for (var c = 0; c < (_plan.Endpoints[e].Curves?.Count ?? 0); c++)
                text.Fill(_plan.Endpoints[e].Curves![c].Source, $"$.endpoints[{e}].curves[{c}].source");
        text.Fill(_plan.Censoring.Description, "$.censoring.description");
        for (var i = 0; i < _plan.Chosen.Count; i++) text.Fill(_plan.Chosen[i].Text, $"$.chosen[{i}].text");
    }

    /// <summary>
    /// The curve for the chosen indices. A rank level is Sₖ = 1 − (k − ½)/n; an <c>average</c> tail
    /// keeps the average hazard up to the last knot, −ln S_K / t_K.
    /// </summary>
    private PiecewiseExponentialSurvival Curve(PlanCurve curve, IReadOnlyDictionary<string, int> p)
    {
        var knots = curve.Knots.Select(k => (
            Time: k.Months ?? _claims[k.MonthsClaim!].Value!.Value,
            Survival: k.Survival ?? (k.SurvivalPercentClaim is { } percent
                ? _claims[percent].Value!.Value / 100
                : 1 - (k.SurvivalRank!.First + p[k.SurvivalRank.Axis] - 0.5) / _n))).ToArray();
        double? tail = curve.TailHazard == "average" ? -Math.Log(knots[^1].Survival) / knots[^1].Time : null;
        return new PiecewiseExponentialSurvival(knots, tail);
    }

    private int CountOf(PlanCurve curve) => curve.Group is null ? _n : _sizes[curve.Group];

    /// <summary>Each patient's group label: consecutive blocks in level order, or the rank pattern's level at its ranks (which must lie among the patients with a latent time).</summary>
    private string[]? Labels(IReadOnlyDictionary<string, int> p, int withLatent)
    {
        if (_plan.Groups is not { } groups) return null;
        if (groups.RankPattern is { } pattern)
        {
            var ranks = Ranks(pattern, p).ToHashSet();
            if (ranks.Any(r => r >= withLatent))
                throw new ArgumentException($"The {pattern.Level} ranks run past the patients with a latent time.");
            var other = groups.Levels.Single(l => l.Label != pattern.Level).Label;
            return Enumerable.Range(0, _n).Select(i => ranks.Contains(i) ? pattern.Level : other).ToArray();
        }
        return groups.Levels.SelectMany(l => Enumerable.Repeat(l.Label, _sizes[l.Label])).ToArray();
    }

    private int[] Ranks(PlanRankPattern pattern, IReadOnlyDictionary<string, int> p)
    {
        var m = _sizes[pattern.Level];
        var ranks = new int[m];
        for (var j = 0; j < m; j++)
            ranks[j] = j == 0 ? p[pattern.FirstAxis] : ranks[j - 1] + 1 + p[pattern.StepAxes[j * pattern.StepAxes.Count / m]];
        return ranks;
    }

    private double[] ExitTimes(IReadOnlyDictionary<string, int> p) =>
        _plan.EarlyExits is { } exits ? exits.TimeAxes.Select(a => exits.TimeStep * (p[a] + 1)).ToArray() : [];
}
