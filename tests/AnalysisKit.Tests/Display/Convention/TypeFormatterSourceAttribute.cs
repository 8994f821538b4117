namespace AnalysisKit.Tests.Display.Convention;

/// <summary>
/// A second attribute of the name the notebook kernel looks for, outside the kit, so that a test
/// can give it values the kit's own attribute no longer allows (an empty
/// <see cref="PreferredMimeTypes"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    /// <summary>The formatter source type given to the constructor.</summary>
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>The MIME types the kernel should show, as on the kit's attribute.</summary>
    public string[]? PreferredMimeTypes { get; set; }
}
