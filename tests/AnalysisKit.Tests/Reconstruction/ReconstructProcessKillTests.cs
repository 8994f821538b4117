using System.Diagnostics;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Reconstruction;

/// <summary>
/// <c>analysis-kit reconstruct --trial kaseb2021</c> run as a real process on a copy of the data
/// folder and stopped during its search, once by SIGKILL and once by SIGTERM, after its first
/// stage line on standard error (about 10 s in; the whole search takes about a minute): the copy
/// stays byte for byte as it was, with no staging folder left, and the progress lines were written
/// to standard error only.
/// </summary>
[NonParallelizable]
public class ReconstructProcessKillTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Test]
    public void KilledDuringTheSearchItLeavesTheDataFolderAsItWas() =>
        Assert.That(StopAfterTheFirstStage(process => process.Kill()), Is.EqualTo(128 + 9));

    [Test]
    public void TerminatedDuringTheSearchItLeavesTheDataFolderAsItWas()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "SIGTERM is sent with kill(1)");
        var exitCode = StopAfterTheFirstStage(process =>
        {
            using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        });
        Assert.That(exitCode, Is.EqualTo(128 + 15), "the process ends as SIGTERM asks once the staging is abandoned");
    }

    /// <summary>Starts the run, stops it with <paramref name="stop"/> after its first stage line, checks the streams and the copy, and returns the exit code.</summary>
    private static int StopAfterTheFirstStage(Action<Process> stop)
    {
        using var copy = TrialDataCopy.Create();
        var before = DataFolderState.Of(copy.Root);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "analysis-kit.dll"), "reconstruct", "--trial", "kaseb2021", "--data", copy.Root })
            start.ArgumentList.Add(arg);
        var errorLines = new List<string>();
        var firstStage = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var process = new Process { StartInfo = start };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (errorLines) errorLines.Add(e.Data);
            if (e.Data.Contains("stage 1/8", StringComparison.Ordinal)) firstStage.TrySetResult();
        };
        process.Start();
        process.BeginErrorReadLine();
        var output = process.StandardOutput.ReadToEndAsync();
        try
        {
            Assert.That(firstStage.Task.Wait(Patience), Is.True, "no stage line on standard error");
            stop(process);
            Assert.That(process.WaitForExit(Patience), Is.True, "the process did not end");
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        process.WaitForExit();
        List<string> lines;
        lock (errorLines) lines = [.. errorLines];
        Assert.Multiple(() =>
        {
            Assert.That(output.Result, Is.Empty, "standard output holds only the summary line, written when the trial completes");
            Assert.That(lines, Has.Some.StartsWith("kaseb2021: search started: 4 chains"));
            Assert.That(lines, Has.Some.Match(@"^kaseb2021: stage 1/8 \(counts\) done, seed \d+, \d+\.\d s, objective \d"));
            Assert.That(DataFolderState.Of(copy.Root), Is.EqualTo(before));
        });
        return process.ExitCode;
    }
}
