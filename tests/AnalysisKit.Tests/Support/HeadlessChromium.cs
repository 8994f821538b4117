using System.Diagnostics;

namespace AnalysisKit.Tests.Support;

/// <summary>
/// Opens a local HTML page in headless Chromium (Debian package <c>chromium</c>, which
/// <c>.ci/run</c> installs), lets its scripts run, and returns the DOM after load, the console
/// errors and a screenshot. The browser is started with networking off, so a page that
/// needed a CDN would draw nothing.
/// </summary>
internal static class HeadlessChromium
{
    /// <summary>The browser executable, or null when it is not installed.</summary>
    public static string? Executable { get; } =
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);

    /// <summary>Skips the calling test when Chromium is not installed (it is in CI).</summary>
    public static void RequireInstalled() =>
        Assume.That(Executable, Is.Not.Null, "headless Chromium is not installed here (apt-get install chromium); CI installs it.");

    /// <summary>The page's DOM after its scripts ran, and the JavaScript errors it logged.</summary>
    public static (string Dom, IReadOnlyList<string> Errors) Load(string htmlFile)
    {
        var (output, error) = Run(htmlFile, "--dump-dom");
        var errors = error.Split('\n')
            .Where(l => l.Contains("Uncaught", StringComparison.Ordinal) || (l.Contains("CONSOLE", StringComparison.Ordinal) && l.Contains("rror", StringComparison.Ordinal)))
            .ToList();
        return (output, errors);
    }

    /// <summary>Saves a PNG screenshot of the page.</summary>
    public static void Screenshot(string htmlFile, string pngFile, int width = 1280, int height = 1600)
    {
        Run(htmlFile, $"--screenshot={pngFile}", $"--window-size={width},{height}");
        Assert.That(File.Exists(pngFile), Is.True, $"Chromium wrote no screenshot of {htmlFile}");
    }

    private static (string Output, string Error) Run(string htmlFile, params string[] extra)
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
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--enable-logging=stderr", "--v=0", "--virtual-time-budget=20000",
                $"--user-data-dir={profile.FullName}",
            }.Concat(extra).Append(new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri))
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"Chromium did not finish loading {htmlFile} within two minutes.");
            }
            return (output.Result, error.Result);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
