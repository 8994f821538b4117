using System.Globalization;

namespace AnalysisKit.Charts;

/// <summary>
/// The colours of curves, in order (a colour-blind-safe palette after Okabe and Ito), and the same
/// colours made translucent for confidence bands. Fixed, so that a chart looks the same every time.
/// </summary>
internal static class ChartColours
{
    private static readonly (int R, int G, int B)[] Palette =
    [
        (0, 114, 178),   // blue
        (213, 94, 0),    // vermillion
        (0, 158, 115),   // bluish green
        (204, 121, 167), // reddish purple
        (230, 159, 0),   // orange
        (86, 180, 233),  // sky blue
        (0, 0, 0),       // black
    ];

    /// <summary>The colour of curve <paramref name="index"/> (the palette repeats).</summary>
    public static string Line(int index) => Rgba(index, 1);

    /// <summary>The colour of curve <paramref name="index"/> at opacity <paramref name="alpha"/>.</summary>
    public static string Rgba(int index, double alpha)
    {
        var (r, g, b) = Palette[index % Palette.Length];
        return string.Create(CultureInfo.InvariantCulture, $"rgba({r},{g},{b},{alpha})");
    }
}
