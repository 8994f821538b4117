using System.Diagnostics;

namespace AnalysisKit.Notebooks.Tests;

/// <summary>
/// Loads a local HTML page in headless Chromium with networking off, lets its scripts run, and
/// returns the DOM afterwards with the JavaScript errors the page logged.
/// </summary>
internal static class HeadlessChromium
{
    private static readonly string? Executable =
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);

    /// <summary>Skips the calling test when no Chromium is installed.</summary>
    public static void RequireInstalled() =>
        Assume.That(Executable, Is.Not.Null, "headless Chromium is not installed here (apt-get install chromium).");

    /// <summary>The DOM of <paramref name="htmlFile"/> after its scripts ran, and the JavaScript errors.</summary>
    public static (string Dom, IReadOnlyList<string> Errors) Load(string htmlFile)
    {
        var profile = Directory.CreateTempSubdirectory("analysis-kit-chromium-");
        try
        {
            var start = new ProcessStartInfo(Executable!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            string[] arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0",
                "--virtual-time-budget=20000", $"--user-data-dir={profile.FullName}", "--dump-dom",
                new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri,
            ];
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var dom = process.StandardOutput.ReadToEndAsync();
            var log = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"Chromium did not finish loading {htmlFile} within two minutes.");
            }
            var errors = log.Result.Split('\n')
                .Where(l => l.Contains("Uncaught", StringComparison.Ordinal)
                    || (l.Contains("CONSOLE", StringComparison.Ordinal) && l.Contains("rror", StringComparison.Ordinal)))
                .ToList();
            return (dom.Result, errors);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
