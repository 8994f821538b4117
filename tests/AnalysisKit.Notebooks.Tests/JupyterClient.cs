using System.Diagnostics;

namespace AnalysisKit.Notebooks.Tests;

/// <summary>
/// Jupyter as the other notebook client: Debian's <c>jupyter-nbconvert</c> executing a notebook
/// with the pinned kernel, registered by <c>dotnet-interactive jupyter install --path</c> in a
/// folder of the test's own (named to Jupyter through <c>JUPYTER_PATH</c>), so the machine's
/// Jupyter set-up is left alone.
/// </summary>
internal static class JupyterClient
{
    /// <summary>The kernel name the pinned kernel registers for C#.</summary>
    public const string CSharpKernel = ".net-csharp";

    private static readonly string? NbConvert =
        new[] { "/usr/bin/jupyter-nbconvert", "/usr/local/bin/jupyter-nbconvert" }.FirstOrDefault(File.Exists);

    /// <summary>Skips the calling test when Jupyter's nbconvert is not installed (CI installs it).</summary>
    public static void RequireInstalled() =>
        Assume.That(NbConvert, Is.Not.Null, "jupyter-nbconvert is not installed here (apt-get install jupyter-nbconvert); CI installs it.");

    /// <summary>
    /// Executes <paramref name="notebook"/> with nbconvert into <paramref name="outputFolder"/> and
    /// returns the executed notebook's path; fails the test with nbconvert's output when it fails.
    /// </summary>
    public static string Execute(string notebook, string outputFolder, string jupyterPath)
    {
        var kernels = Directory.CreateDirectory(Path.Combine(jupyterPath, "kernels")).FullName;
        Run("dotnet", Repository.Root, [], "tool", "run", "dotnet-interactive", "--", "jupyter", "install", "--path", kernels);
        Run(NbConvert!, Path.GetDirectoryName(notebook)!, [("JUPYTER_PATH", jupyterPath)],
            "--to", "notebook", "--execute", $"--ExecutePreprocessor.kernel_name={CSharpKernel}", "--ExecutePreprocessor.timeout=600",
            "--output-dir", outputFolder, notebook);
        return Path.Combine(outputFolder, Path.GetFileName(notebook));
    }

    private static void Run(string program, string folder, (string Name, string Value)[] environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(900_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not finish within 15 minutes.");
        }
        Assert.That(process.ExitCode, Is.Zero, $"{program} {string.Join(' ', arguments)} failed:\n{output.Result}\n{error.Result}");
    }
}
