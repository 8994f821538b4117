using AnalysisKit.Charts;
using AnalysisKit.Display;
using AnalysisKit.Proportions;
using AnalysisKit.Reproduction;
using AnalysisKit.Survival;
using AnalysisKit.Survival.Cox;
using AnalysisKit.Trials;
using AnalysisKit.Views;

namespace AnalysisKit.Tests.Display;

/// <summary>
/// One small real instance of every kit type that a notebook shows through
/// <see cref="TypeFormatterSourceAttribute"/>. A new displayable type needs an entry here:
/// <see cref="KernelFormatterTests"/> fails for a displayable type without one.
/// </summary>
internal static class DisplaySamples
{
    // Two groups: A = 1, 3, 4+, 6 and B = 2, 5, 7, 8+ (+ = censored).
    private static readonly double[] Times = [1, 3, 4, 6, 2, 5, 7, 8];
    private static readonly bool[] Died = [true, true, false, true, true, true, true, false];
    private static readonly string[] Groups = ["A", "A", "A", "A", "B", "B", "B", "B"];

    private const string SampleTrial = "chow2014";

    /// <summary>The samples, one per displayable type.</summary>
    public static IReadOnlyList<IHtmlDisplay> All { get; } = Create();

    private static List<IHtmlDisplay> Create()
    {
        var trial = TrialCatalog.OpenRepository().Load(SampleTrial);
        var ledger = ReproductionLedger.Reproduce(trial);
        return
        [
            KaplanMeier.Fit(Times, Died),
            LogRankTest.Compute(Times, Died, Groups),
            CoxModel.Fit(Times, Died, [CoxCovariate.Categorical("g", Groups)]),
            BinomialConfidence.ClopperPearson(7, 34),
            LogRankFragility.Compute(Times, Died, Groups),
            new DisplayTable("Sample", "group", "n").AddRow("A", 4).AddRow("B", 4),
            TrialClaimsView.Of(ledger),
            ConsistencyFindingsView.Of(ledger),
            ReconstructionFidelity.Of(trial),
            PaperTableView.Of(ledger, "Abstract"),
        ];
    }
}
