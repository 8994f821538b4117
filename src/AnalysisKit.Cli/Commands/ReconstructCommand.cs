using System.CommandLine;
using AnalysisKit.Reconstruction;
using AnalysisKit.Trials;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// <c>analysis-kit reconstruct [--trial ID|all] [--data DIR]</c>: builds the synthetic patients of
/// each trial whose folder holds something to rebuild them from (<see cref="TrialReconstructions"/>) and writes
/// <c>ipd.csv</c>, <c>reconstruction.json</c> and the "Synthetic patients" section of
/// <c>README.md</c> into <c>&lt;data&gt;/trials/&lt;id&gt;/</c>, printing one fidelity line per
/// trial. This is the only command that writes into the data folder. An unknown trial id exits
/// with code 2 and lists the known ids; a known trial without a reconstruction is reported as not
/// available.
/// </summary>
internal static class ReconstructCommand
{
    /// <summary>The <c>--trial</c> value that selects every trial (also the default).</summary>
    public const string AllTrials = "all";

    public static Command Create(TextWriter output)
    {
        var trial = CommonOptions.Optional("--trial", "Trial id, or 'all' (default) for every trial with a reconstruction.");
        var data = CommonOptions.Optional("--data", "Data folder holding trials/<id>/ (default: the repository's data/ folder).");
        var command = new Command("reconstruct", "Write synthetic patients (ipd.csv, reconstruction.json) for trials published without patient data.")
        {
            trial, data,
        };
        command.SetAction(parse =>
        {
            var catalog = TrialCatalog.Open(parse.GetValue(data) ?? TrialCatalog.FindDataRoot());
            var chosen = parse.GetValue(trial);
            IReadOnlyList<string> ids;
            if (string.IsNullOrEmpty(chosen) || chosen == AllTrials)
            {
                ids = catalog.Ids;
            }
            else if (catalog.Ids.Contains(chosen, StringComparer.Ordinal))
            {
                ids = [chosen];
            }
            else
            {
                throw new UsageException(
                    $"there is no trial '{chosen}'; the known trials are: {string.Join(", ", catalog.Ids)} "
                    + $"(with a reconstruction: {string.Join(", ", TrialReconstructions.IdsIn(catalog))}), or '{AllTrials}'.");
            }
            foreach (var id in ids)
            {
                var reconstruction = TrialReconstructions.For(catalog.FolderOf(id));
                if (reconstruction is null)
                {
                    output.WriteLine($"{id}: not available (the trial folder holds no reconstruction plan or subgroup tables); nothing written.");
                    continue;
                }
                var result = reconstruction.Run(catalog.Load(id));
                result.WriteTo(catalog.FolderOf(id));
                output.WriteLine(result.Summary);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
