using AnalysisKit.Reconstruction;
using AnalysisKit.Survival;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// Everything the km command prints, read once from the fitted curves so JSON and text agree;
/// with groups, also the log-rank test of those groups (null when there is only one group); and
/// the warnings the results carry (on synthetic patients, <see cref="SyntheticDataWarnings"/>).
/// </summary>
internal sealed record KmResult(KaplanMeierOptions Options, IReadOnlyList<KmCurveResult> Curves, bool Grouped, LogRankResult? LogRank, IReadOnlyList<string> Warnings)
{
    public static KmResult Of(SurvivalSample sample, KaplanMeierOptions options, KmRequest request, bool synthetic)
    {
        var curves = sample.Group is null ? [KaplanMeier.Fit(sample, options)] : KaplanMeier.FitByGroup(sample, options);
        var logRank = sample.Group is { Levels.Count: > 1 } ? LogRankTest.Compute(sample) : null;
        var tau = request.Tau ?? KaplanMeier.CommonRestrictionTime(curves);
        return new KmResult(options, curves.Select(c => new KmCurveResult(
            c, c.Median, c.RestrictedMean(tau),
            request.Times is null ? null : c.SurvivalAt(request.Times, request.Extend))).ToList(), sample.Group is not null, logRank,
            !synthetic ? [] : logRank is null ? [SyntheticDataWarnings.KaplanMeier] : [SyntheticDataWarnings.KaplanMeier, SyntheticDataWarnings.LogRank]);
    }
}

/// <summary>One curve with its median, restricted mean and (when asked) survival at chosen times.</summary>
internal sealed record KmCurveResult(
    KaplanMeierCurve Curve, SurvivalQuantile Median, RestrictedMeanSurvival RestrictedMean, IReadOnlyList<SurvivalAtTime>? AtTimes);
