namespace AnalysisKit.Reconstruction.SparseSummaries;

/// <summary>
/// A trial's <c>reconstruction-plan.json</c> as written (schema: <c>data/README.md</c>, "Sparse-summary
/// plans"): the printed numbers used, how patients, groups, curves, censoring, early exits and
/// endpoints are built from them, the printed numbers to reproduce, the search, and the prose.
/// Texts may hold named placeholders (<c>{n}</c>, <c>{median_b}</c>) filled by <see cref="PlanText"/>.
/// </summary>
/// <param name="Seed">Base seed of every shuffle.</param>
/// <param name="Claims">Named printed numbers: name → where the number is printed.</param>
/// <param name="Patients">Name of the claim giving the number of synthetic patients.</param>
/// <param name="Groups">The baseline column split by printed percentages, or null for none.</param>
/// <param name="Censoring">The administrative censoring model.</param>
/// <param name="EarlyExits">Patients leaving before their latent event, or null for none.</param>
/// <param name="Endpoints">Endpoints in file order.</param>
/// <param name="Targets">Printed numbers to check, in fidelity-table order.</param>
/// <param name="Axes">Searched parameters.</param>
/// <param name="Stages">Search stages: axis names searched together, in order.</param>
/// <param name="Chosen">The chosen-parameter list of the report: name and value template.</param>
/// <param name="Method">The method, one paragraph.</param>
/// <param name="Assumptions">Assumptions, one per entry.</param>
/// <param name="NotReconstructed">What is not rebuilt, and why.</param>
/// <param name="Inputs">Printed numbers used as inputs, and how.</param>
/// <param name="Columns">Meaning of each column of <c>ipd.csv</c>, in file order.</param>
internal sealed record PlanFile(
    ulong Seed,
    IReadOnlyDictionary<string, PlanClaim> Claims,
    string Patients,
    PlanGroups? Groups,
    PlanCensoring Censoring,
    PlanEarlyExits? EarlyExits,
    IReadOnlyList<PlanEndpoint> Endpoints,
    IReadOnlyList<PlanTarget> Targets,
    IReadOnlyList<SearchAxis> Axes,
    IReadOnlyList<IReadOnlyList<string>> Stages,
    IReadOnlyList<PlanNamedText> Chosen,
    string Method,
    IReadOnlyList<string> Assumptions,
    IReadOnlyList<string> NotReconstructed,
    IReadOnlyList<PlanInput> Inputs,
    IReadOnlyList<PlanNamedText> Columns);

/// <summary>Where a printed number is: the parts of its claim id after the trial.</summary>
internal sealed record PlanClaim(string Table, string RowGroup, string RowLabel, string Column);

/// <summary>
/// One baseline column whose levels are sized by printed percentages:
/// size = round(n · pct / 100), half away from zero; the sizes must add up to n.
/// </summary>
/// <param name="Column">Baseline column name.</param>
/// <param name="Levels">Levels in order; without a rank pattern, patients are given them in consecutive blocks in this order.</param>
/// <param name="RankPattern">A regular pattern of ranks for one level (the others take the rest), or null.</param>
internal sealed record PlanGroups(string Column, IReadOnlyList<PlanGroupLevel> Levels, PlanRankPattern? RankPattern = null);

/// <summary>A level of the group column.</summary>
/// <param name="Label">The label written in the column.</param>
/// <param name="Percentage">Name of the claim printing its percentage.</param>
/// <param name="SizeName">Placeholder name of its size.</param>
internal sealed record PlanGroupLevel(string Label, string Percentage, string SizeName);

/// <summary>
/// The ranks (0-based, in latent order) of the m patients of one level: r₀ = first,
/// rⱼ = rⱼ₋₁ + 1 + step[⌊j·K/m⌋] for K step axes (with two axes: the first half, rounded up, uses the first step).
/// </summary>
/// <param name="Level">The level given by the pattern; the other level takes every other patient.</param>
/// <param name="FirstAxis">Axis giving r₀.</param>
/// <param name="StepAxes">Axes giving the steps.</param>
/// <param name="RanksName">Placeholder name of the 1-based ranks, joined by ", ".</param>
internal sealed record PlanRankPattern(string Level, string FirstAxis, IReadOnlyList<string> StepAxes, string RanksName);

/// <summary>
/// Administrative censoring (<see cref="AdministrativeCensoring"/>): either <c>minimum_follow_up</c>
/// and <c>accrual_months</c> given, or <c>longest_follow_up</c> with the claim printing the median
/// follow-up (<see cref="AdministrativeCensoring.FromLongestAndMedian"/>). Potential follow-up
/// times are handed out by a shuffle with seed = seed + the <c>order_axis</c> index.
/// </summary>
internal sealed record PlanCensoring(
    string OrderAxis,
    string Description,
    double? MinimumFollowUp = null,
    double? AccrualMonths = null,
    double? LongestFollowUp = null,
    string? MedianClaim = null);

/// <summary>
/// Patients who leave before their event: as many as n − Σ <c>other_counts</c> (which must equal
/// the number of <c>time_axes</c>), they take the last ranks in latent order; exit k leaves at
/// <c>time_step</c> · (index of axis k + 1) months (non-decreasing), is censored for the
/// <c>censored_endpoints</c> and, for the first <c>dying_axis</c> of them, an event for the
/// <c>death_endpoints</c>.
/// </summary>
internal sealed record PlanEarlyExits(
    IReadOnlyList<string> OtherCounts,
    double TimeStep,
    IReadOnlyList<string> TimeAxes,
    string DyingAxis,
    IReadOnlyList<string> CensoredEndpoints,
    IReadOnlyList<string> DeathEndpoints);

/// <summary>
/// One endpoint: latent times from its own <c>curves</c> or the same as <c>latent_from</c>'s;
/// optionally paired with patients by a shuffle, censored by another endpoint's latent time
/// (a competing event), and required to come at or before another endpoint's latent time.
/// </summary>
internal sealed record PlanEndpoint(
    string Name,
    IReadOnlyList<PlanCurve>? Curves = null,
    string? LatentFrom = null,
    PlanShuffle? Shuffle = null,
    string? CensoredBy = null,
    string? AtOrBefore = null);

/// <summary>A piecewise-exponential curve through knots, for all patients (group null) or one group level.</summary>
/// <param name="Group">Group level, or null for all patients.</param>
/// <param name="Knots">Knots in time order.</param>
/// <param name="Source">Where the knots come from (template).</param>
/// <param name="TailHazard"><c>last_piece</c> (default: the last piece's hazard goes on) or <c>average</c> (−ln S_K / t_K).</param>
internal sealed record PlanCurve(string? Group, IReadOnlyList<PlanKnot> Knots, string Source, string TailHazard = "last_piece");

/// <summary>
/// A knot: time from <c>months</c> or the claim <c>months_claim</c>; survival from <c>survival</c>,
/// the claim <c>survival_percent_claim</c> (÷ 100) or <c>survival_rank</c>.
/// </summary>
internal sealed record PlanKnot(
    double? Months = null,
    string? MonthsClaim = null,
    double? Survival = null,
    string? SurvivalPercentClaim = null,
    PlanRankLevel? SurvivalRank = null);

/// <summary>A searched survival level 1 − (k − ½)/n with k = first + the axis index; k is the placeholder <c>name</c>.</summary>
internal sealed record PlanRankLevel(int First, string Axis, string Name);

/// <summary>Latent times paired with patients by a shuffle with seed = seed + seed_offset + the axis index; the seed is the placeholder <c>seed_name</c>.</summary>
internal sealed record PlanShuffle(string Axis, ulong SeedOffset, string SeedName);

/// <summary>A printed number to reproduce (see <see cref="PrintedTarget"/>).</summary>
/// <param name="Claim">Claim name.</param>
/// <param name="Kind"><see cref="TargetKind"/> in snake case (<c>patient_count</c>, <c>median_follow_up</c>...).</param>
/// <param name="Endpoint">Endpoint, for survival targets.</param>
/// <param name="Group">Group level, or null for all patients.</param>
/// <param name="LandmarkMonths">Landmark of a rate.</param>
/// <param name="Ci">Interval transform (R conf.type): log (default), log-log, plain.</param>
/// <param name="Note">Remark for the fidelity row.</param>
/// <param name="NotReproducible">Why the number is declared not reproducible, or null.</param>
internal sealed record PlanTarget(
    string Claim,
    string Kind,
    string? Endpoint = null,
    string? Group = null,
    double? LandmarkMonths = null,
    string? Ci = null,
    string? Note = null,
    string? NotReproducible = null);

/// <summary>A printed number used as input, and what it fixed.</summary>
internal sealed record PlanInput(string Claim, string Use);

/// <summary>A name and a text (template).</summary>
internal sealed record PlanNamedText(string Name, string Text);
