using System.Globalization;
using System.Text.RegularExpressions;
using AnalysisKit.Data;

namespace AnalysisKit.Reconstruction.SparseSummaries;

/// <summary>
/// Fills the named placeholders (<c>{name}</c>: letters, digits, '_' and '.') of a plan's texts
/// from a table of values; an unknown placeholder is refused with a <see cref="DataFileException"/>
/// naming the plan file and the JSON path of the text.
/// </summary>
internal sealed partial class PlanText
{
    private readonly string _file;
    private readonly Dictionary<string, string> _values;

    /// <summary>An empty table for the plan file <paramref name="file"/>.</summary>
    public PlanText(string file)
    {
        _file = file;
        _values = new Dictionary<string, string>(StringComparer.Ordinal);
    }

    private PlanText(string file, Dictionary<string, string> values)
    {
        _file = file;
        _values = new Dictionary<string, string>(values, StringComparer.Ordinal);
    }

    /// <summary>A copy that can take more values without changing this one.</summary>
    public PlanText Copy() => new(_file, _values);

    /// <summary>Sets a text value.</summary>
    public void Set(string name, string value) => _values[name] = value;

    /// <summary>Sets a number: shortest round-trip text in invariant culture for whole numbers and seeds, "0.###" for months.</summary>
    public void Set(string name, double value, bool months = false) =>
        _values[name] = months ? value.ToString("0.###", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);

    /// <summary><paramref name="template"/> with every <c>{name}</c> replaced by its value.</summary>
    /// <param name="template">The text.</param>
    /// <param name="jsonPath">Where the text is in the plan file, for the error message.</param>
    public string Fill(string template, string jsonPath) =>
        Placeholder().Replace(template, m => _values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new DataFileException(_file, 0, jsonPath,
                $"the placeholder {{{m.Groups[1].Value}}} is unknown here; the known ones are: {string.Join(", ", _values.Keys.Order(StringComparer.Ordinal))}."));

    [GeneratedRegex(@"\{([A-Za-z0-9_.]+)\}")]
    private static partial Regex Placeholder();
}
