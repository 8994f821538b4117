using System.Text.Json;
using AnalysisKit.Data;
using AnalysisKit.Survival;
using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction.SparseSummaries;

/// <summary>
/// The checks of <see cref="PlanModel"/>: every reference of the plan (claims, axes, endpoints,
/// group levels, knots, targets) is resolved once, before any cohort is built, and a bad one is
/// refused with a <see cref="DataFileException"/> naming the plan file and the JSON path.
/// </summary>
internal sealed partial class PlanModel
{
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
