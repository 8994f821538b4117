using System.CommandLine;
using System.Runtime.InteropServices;
using AnalysisKit.Cli.Output;
using AnalysisKit.Data;
using AnalysisKit.Reconstruction;
using AnalysisKit.Trials;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// <c>analysis-kit reconstruct [--trial ID|all] [--data DIR] [--seed N]</c>: builds the synthetic patients of
/// each trial whose folder holds something to rebuild them from (<see cref="TrialReconstructions"/>) and writes
/// <c>ipd.csv</c>, <c>reconstruction.json</c> and the "Synthetic patients" section of
/// <c>README.md</c> into <c>&lt;data&gt;/trials/&lt;id&gt;/</c>, printing one fidelity line per
/// trial on standard output; the steps of a long search go to standard error
/// (<see cref="ProgressLines"/>). This is the only command that writes into the data folder, and
/// it writes nothing into a trial's folder until that trial's reconstruction has completed: the
/// files are written into a staging folder and then moved into place together
/// (<see cref="StagedFiles"/>, which says what is atomic), so with <c>all</c> each trial is
/// replaced as it completes. On an error, Ctrl-C (SIGINT), SIGTERM or SIGHUP the staging folder
/// is deleted and the trial's files stay exactly as they were; a signal that arrives while the
/// files are being moved waits the milliseconds until they are all in place. An unknown trial id
/// exits with code 2 and lists the known ids; a known trial without a reconstruction is reported
/// as not available.
/// </summary>
internal static class ReconstructCommand
{
    /// <summary>The <c>--trial</c> value that selects every trial (also the default).</summary>
    public const string AllTrials = "all";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var trial = CommonOptions.Optional("--trial", "Trial id, or 'all' (default) for every trial with a reconstruction.");
        var data = CommonOptions.Optional("--data", "Data folder holding trials/<id>/ (default: the repository's data/ folder).");
        var seed = new Option<int?>("--seed")
        {
            Description = "Seed of the first search chain of a trial rebuilt from subgroup tables (default: its reconstruction-tables.json, else 20210); one trial only.",
        };
        var command = new Command("reconstruct", "Write synthetic patients (ipd.csv, reconstruction.json) for trials published without patient data.")
        {
            trial, data, seed,
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
            var chosenSeed = parse.GetValue(seed);
            if (chosenSeed is not null && ids.Count != 1)
                throw new UsageException("--seed applies to one trial; name it with --trial.");
            var staged = new StagedFiles();
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => staged.Abandon());
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => staged.Abandon());
            using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, _ => staged.Abandon());
            foreach (var id in ids)
            {
                var reconstruction = TrialReconstructions.For(catalog.FolderOf(id));
                if (chosenSeed is { } s)
                    reconstruction = reconstruction is SubgroupTableTrialReconstruction
                        ? new SubgroupTableTrialReconstruction { Seed = s }
                        : throw new UsageException($"{id} is rebuilt from its sparse-summary plan, whose seed is part of the plan; --seed applies to trials rebuilt from subgroup tables.");
                if (reconstruction is null)
                {
                    output.WriteLine($"{id}: not available (the trial folder holds no reconstruction plan or subgroup tables); nothing written.");
                    continue;
                }
                var result = reconstruction.Run(catalog.Load(id), new ProgressLines(error));
                staged.Write(catalog.FolderOf(id), result.WriteTo);
                output.WriteLine(result.Summary);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
