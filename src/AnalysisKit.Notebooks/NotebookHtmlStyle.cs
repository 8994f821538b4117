namespace AnalysisKit.Notebooks;

/// <summary>The style sheet of a notebook page: system fonts only, nothing loaded from elsewhere.</summary>
internal static class NotebookHtmlStyle
{
    public const string Css = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; max-width: 72rem; margin: 1.5rem auto; padding: 0 1rem; color: #1f2328; line-height: 1.45; }
        pre, code { font-family: ui-monospace, "Cascadia Mono", Menlo, Consolas, monospace; font-size: 0.9rem; }
        .kernel { color: #57606a; font-size: 0.9rem; border-bottom: 1px solid #d0d7de; padding-bottom: 0.5rem; }
        .failure { background: #ffebe9; border: 1px solid #cf222e; border-radius: 4px; padding: 0.5rem 1rem; }
        .cell { margin: 1rem 0; }
        .source { display: flex; gap: 0.5rem; }
        .prompt { color: #57606a; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.8rem; min-width: 3.5rem; text-align: right; padding-top: 0.6rem; }
        .source pre { flex: 1; background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 4px; padding: 0.5rem; margin: 0; overflow-x: auto; }
        .outputs { margin-left: 4rem; overflow-x: auto; }
        .output { margin: 0.5rem 0; }
        .output pre { margin: 0; white-space: pre-wrap; }
        .stderr pre { background: #fff8c5; }
        .error pre { background: #ffebe9; color: #82071e; border-left: 3px solid #cf222e; padding: 0.5rem; }
        .not-run .source pre { opacity: 0.6; }
        table { border-collapse: collapse; }
        th, td { border: 1px solid #d0d7de; padding: 0.2rem 0.5rem; }
        """;
}
