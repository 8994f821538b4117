namespace AnalysisKit.Notebooks.Tests.Hosting;

/// <summary>One output a notebook showed: its MIME type and its content.</summary>
/// <param name="CellNumber">The cell that showed it, counting every cell from 1.</param>
/// <param name="MimeType">"text/html" or "text/plain".</param>
/// <param name="Content">The formatted value.</param>
public sealed record DisplayedValue(int CellNumber, string MimeType, string Content);
