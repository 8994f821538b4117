using AnalysisKit.Survival;

namespace AnalysisKit.Cli.Commands;

/// <summary>Everything the km command prints, read once from the fitted curves so JSON and text agree.</summary>
internal sealed record KmResult(KaplanMeierOptions Options, IReadOnlyList<KmCurveResult> Curves)
{
    public static KmResult Of(IReadOnlyList<KaplanMeierCurve> curves, KaplanMeierOptions options, KmRequest request)
    {
        var tau = request.Tau ?? KaplanMeier.CommonRestrictionTime(curves);
        return new KmResult(options, curves.Select(c => new KmCurveResult(
            c, c.Median, c.RestrictedMean(tau),
            request.Times is null ? null : c.SurvivalAt(request.Times, request.Extend))).ToList());
    }
}

/// <summary>One curve with its median, restricted mean and (when asked) survival at chosen times.</summary>
internal sealed record KmCurveResult(
    KaplanMeierCurve Curve, SurvivalQuantile Median, RestrictedMeanSurvival RestrictedMean, IReadOnlyList<SurvivalAtTime>? AtTimes);
