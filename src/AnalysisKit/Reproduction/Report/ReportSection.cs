namespace AnalysisKit.Reproduction.Report;

/// <summary>
/// A titled block of ready-made HTML placed on a trial's report page, in the page's chart
/// area (for example a Kaplan–Meier chart fragment with its plotly.js embedded). The body is
/// inserted as given, so it must itself work offline.
/// </summary>
/// <param name="Title">Heading shown above the block.</param>
/// <param name="Html">The HTML fragment, inserted verbatim.</param>
public sealed record ReportSection(string Title, string Html)
{
    /// <summary>
    /// What the block shows that the data behind it cannot vouch for (on synthetic patients, the
    /// warnings of <see cref="Reconstruction.SyntheticDataWarnings"/>); the page shows each
    /// distinct warning once, above its charts. Empty by default.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
