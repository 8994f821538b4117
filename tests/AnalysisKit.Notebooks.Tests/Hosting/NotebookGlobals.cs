namespace AnalysisKit.Notebooks.Tests.Hosting;

/// <summary>
/// What a notebook cell sees as globals: <c>display(value)</c>, as the kernel provides it. The
/// value is formatted by <see cref="ConventionFormatter"/> and kept in <see cref="Outputs"/>.
/// </summary>
public sealed class NotebookGlobals
{
    private readonly List<DisplayedValue> _outputs = [];

    /// <summary>The cell being run, counting every cell from 1.</summary>
    internal int CurrentCell { get; set; }

    /// <summary>Everything shown so far, in order.</summary>
    public IReadOnlyList<DisplayedValue> Outputs => _outputs;

    /// <summary>Shows <paramref name="value"/> as the kernel's <c>display</c> does; returns what was shown.</summary>
#pragma warning disable IDE1006 // the kernel's name is lower case
    public DisplayedValue display(object? value)
#pragma warning restore IDE1006
    {
        var (mimeType, content) = ConventionFormatter.Format(value);
        var shown = new DisplayedValue(CurrentCell, mimeType, content);
        _outputs.Add(shown);
        return shown;
    }
}
