using System.Globalization;
using System.Text.Json;
using AnalysisKit.Data;
using AnalysisKit.Survival;
using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction.SparseSummaries;

/// <summary>
/// Turns a <see cref="PlanFile"/> and the trial's printed numbers into a
/// <see cref="SparseReconstructionPlan"/>: the cohort builder, the model description, the targets
/// and the prose with its placeholders filled. Every reference in the plan (claims, axes,
/// endpoints, group levels, placeholders) is checked here; a bad one is refused with a
/// <see cref="DataFileException"/> naming the plan file and the JSON path.
/// </summary>
internal sealed class PlanModel
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

    private PrintedTarget Target(PlanTarget target, int i)
    {
        var path = $"$.targets[{i}]";
        var kind = Enum.GetValues<TargetKind>().Where(k => JsonNamingPolicy.SnakeCaseLower.ConvertName(k.ToString()) == target.Kind).ToArray();
        if (kind.Length != 1)
            throw Error(path + ".kind", $"'{target.Kind}' is not a target kind; use one of: {string.Join(", ", Enum.GetValues<TargetKind>().Select(k => JsonNamingPolicy.SnakeCaseLower.ConvertName(k.ToString())))}.");
        var survival = kind[0] is not (TargetKind.PatientCount or TargetKind.GroupPercentage);
        if (survival != (target.Endpoint is not null) || (target.Endpoint is not null && !_plan.Endpoints.Any(e => e.Name == target.Endpoint)))
            throw Error(path + ".endpoint", survival ? "a survival target needs one of the plan's endpoints." : "a count or percentage has no endpoint.");
        if ((kind[0] == TargetKind.GroupPercentage && target.Group is null) || (kind[0] == TargetKind.PatientCount && target.Group is not null))
            throw Error(path + ".group", "a group percentage needs a group level; a patient count has none.");
        if (target.Group is not null) Level(target.Group, path + ".group");
        var rate = kind[0] is TargetKind.Rate or TargetKind.RateLower or TargetKind.RateUpper;
        if (rate != (target.LandmarkMonths is not null))
            throw Error(path + ".landmark_months", rate ? "a rate needs its landmark in months." : "only a rate has a landmark.");
        ConfidenceIntervalType ci;
        try
        {
            ci = IntervalTransforms.TypeOf(target.Ci);
        }
        catch (ArgumentException e)
        {
            throw Error(path + ".ci", e.Message);
        }
        return new PrintedTarget
        {
            Claim = Claim(target.Claim, path + ".claim"),
            Kind = kind[0],
            Endpoint = target.Endpoint,
            GroupColumn = target.Group is null ? null : _plan.Groups!.Column,
            GroupLevel = target.Group,
            LandmarkMonths = target.LandmarkMonths,
            ConfidenceType = ci,
            Note = target.Note is null ? "" : _fixed.Fill(target.Note, path + ".note"),
            NotReproducibleReason = target.NotReproducible is null ? null : _fixed.Fill(target.NotReproducible, path + ".not_reproducible"),
        };
    }

    private void CheckGroups()
    {
        if (_plan.Groups is not { } groups) return;
        if (groups.Levels.Count == 0) throw Error("$.groups.levels", "a group column needs at least one level.");
        for (var i = 0; i < groups.Levels.Count; i++)
        {
            var level = groups.Levels[i];
            var percentage = Value(level.Percentage, $"$.groups.levels[{i}].percentage");
            var size = (int)Math.Round(_n * percentage / 100, MidpointRounding.AwayFromZero);
            if (!_sizes.TryAdd(level.Label, size))
                throw Error($"$.groups.levels[{i}].label", $"the level '{level.Label}' is listed twice.");
            _fixed.Set(level.SizeName, size);
        }
        if (_sizes.Values.Sum() != _n)
            throw Error("$.groups.levels", $"the printed percentages give {string.Join(" + ", _sizes.Values)} patients, not the {_n} of '{_plan.Patients}'.");
        if (groups.RankPattern is { } pattern)
        {
            if (groups.Levels.Count != 2) throw Error("$.groups.rank_pattern", "a rank pattern gives one of exactly two levels.");
            Level(pattern.Level, "$.groups.rank_pattern.level");
            Axis(pattern.FirstAxis, "$.groups.rank_pattern.first_axis");
            if (pattern.StepAxes.Count == 0) throw Error("$.groups.rank_pattern.step_axes", "at least one step axis is needed.");
            for (var k = 0; k < pattern.StepAxes.Count; k++) Axis(pattern.StepAxes[k], $"$.groups.rank_pattern.step_axes[{k}]");
        }
    }

    private AdministrativeCensoring Censoring()
    {
        var c = _plan.Censoring;
        Axis(c.OrderAxis, "$.censoring.order_axis");
        if (c is { MinimumFollowUp: { } minimum, AccrualMonths: { } accrual, LongestFollowUp: null, MedianClaim: null })
            return new AdministrativeCensoring(minimum, accrual);
        if (c is { LongestFollowUp: { } longest, MedianClaim: { } median, MinimumFollowUp: null, AccrualMonths: null })
            return AdministrativeCensoring.FromLongestAndMedian(longest, Value(median, "$.censoring.median_claim"));
        throw Error("$.censoring", "give either minimum_follow_up and accrual_months, or longest_follow_up and median_claim.");
    }

    private int EarlyExits()
    {
        if (_plan.EarlyExits is not { } exits) return 0;
        var count = _n - (int)exits.OtherCounts.Select((c, i) => Value(c, $"$.early_exits.other_counts[{i}]")).Sum();
        if (count != exits.TimeAxes.Count)
            throw Error("$.early_exits.other_counts", $"the printed counts leave {count} of the {_n} patients as early exits, but {exits.TimeAxes.Count} time axes are given.");
        if (!(exits.TimeStep > 0)) throw Error("$.early_exits.time_step", "the time step must be above 0 months.");
        for (var k = 0; k < exits.TimeAxes.Count; k++) Axis(exits.TimeAxes[k], $"$.early_exits.time_axes[{k}]");
        Axis(exits.DyingAxis, "$.early_exits.dying_axis");
        var names = _plan.Endpoints.Select(e => e.Name).Order(StringComparer.Ordinal);
        if (!exits.CensoredEndpoints.Concat(exits.DeathEndpoints).Order(StringComparer.Ordinal).SequenceEqual(names))
            throw Error("$.early_exits", "every endpoint must be listed once, in censored_endpoints or in death_endpoints.");
        _fixed.Set("exits", count);
        return count;
    }

    private void CheckEndpoints()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var e = 0; e < _plan.Endpoints.Count; e++)
        {
            var endpoint = _plan.Endpoints[e];
            var path = $"$.endpoints[{e}]";
            if ((endpoint.Curves is null) == (endpoint.LatentFrom is null))
                throw Error(path, "an endpoint takes its latent times either from curves or from latent_from.");
            foreach (var (other, name) in new[] { (endpoint.LatentFrom, "latent_from"), (endpoint.CensoredBy, "censored_by"), (endpoint.AtOrBefore, "at_or_before") })
                if (other is not null && !seen.Contains(other))
                    throw Error($"{path}.{name}", $"'{other}' is not an endpoint listed before this one.");
            if (endpoint.Shuffle is { } shuffle)
            {
                Axis(shuffle.Axis, path + ".shuffle.axis");
                _fixed.Set(shuffle.SeedName, _plan.Seed + shuffle.SeedOffset);
            }
            if (endpoint.Curves is { } curves) CheckCurves(curves, path);
            if (!seen.Add(endpoint.Name)) throw Error(path + ".name", $"the endpoint '{endpoint.Name}' is listed twice.");
        }
    }

    private void CheckCurves(IReadOnlyList<PlanCurve> curves, string path)
    {
        var byGroup = curves.Select(c => c.Group).ToList();
        var perLevel = _plan.Groups is { RankPattern: null } g && byGroup.SequenceEqual(g.Levels.Select(l => (string?)l.Label));
        if (!perLevel && !(curves.Count == 1 && curves[0].Group is null))
            throw Error(path + ".curves", "give one curve for all patients (group null), or, for groups given in blocks, one curve per level in the order of the levels.");
        for (var c = 0; c < curves.Count; c++)
        {
            var curve = curves[c];
            if (curve.Knots.Count == 0) throw Error($"{path}.curves[{c}].knots", "a curve needs at least one knot.");
            if (curve.TailHazard is not ("last_piece" or "average"))
                throw Error($"{path}.curves[{c}].tail_hazard", $"'{curve.TailHazard}' is not a tail; use last_piece or average.");
            for (var k = 0; k < curve.Knots.Count; k++)
            {
                var knot = curve.Knots[k];
                var where = $"{path}.curves[{c}].knots[{k}]";
                if ((knot.Months is null) == (knot.MonthsClaim is null))
                    throw Error(where, "a knot needs either months or months_claim.");
                if (new object?[] { knot.Survival, knot.SurvivalPercentClaim, knot.SurvivalRank }.Count(x => x is not null) != 1)
                    throw Error(where, "a knot needs one of survival, survival_percent_claim or survival_rank.");
                if (knot.MonthsClaim is { } months) Value(months, where + ".months_claim");
                if (knot.SurvivalPercentClaim is { } percent) Value(percent, where + ".survival_percent_claim");
                if (knot.SurvivalRank is { } rank) Axis(rank.Axis, where + ".survival_rank.axis");
            }
        }
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

    private PublishedValue Claim(string name, string path) =>
        _claims.TryGetValue(name, out var claim) ? claim : throw Error(path, $"'{name}' is not one of the claims named in $.claims.");

    private double Value(string name, string path)
    {
        var claim = Claim(name, path);
        return claim.Value ?? throw Error(path, $"{claim.Id} is printed as '{claim.Text}', not a number.");
    }

    private void Axis(string name, string path)
    {
        if (!_axes.ContainsKey(name)) throw Error(path, $"'{name}' is not one of the axes named in $.axes.");
    }

    private void Level(string label, string path)
    {
        if (!_sizes.ContainsKey(label)) throw Error(path, $"'{label}' is not a level of the plan's group column.");
    }

    private DataFileException Error(string path, string problem) => new(_file, 0, path, problem);
}
