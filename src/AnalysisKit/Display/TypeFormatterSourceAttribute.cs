namespace AnalysisKit.Display;

/// <summary>
/// Names the formatter source that shows the annotated type in a notebook. The .NET
/// Interactive kernel recognises this attribute by convention, without the kit referencing the
/// kernel's assemblies: it looks, on the value's type and its base types, for an attribute whose
/// type is named <c>TypeFormatterSourceAttribute</c> (in any namespace) and reads its
/// <see cref="FormatterSourceType"/> property.
/// </summary>
/// <remarks>
/// The convention, in full:
/// <list type="bullet">
/// <item>the attribute has a constructor taking the formatter source's <see cref="Type"/>, a
/// <see cref="FormatterSourceType"/> property returning it, and an optional
/// <see cref="PreferredMimeTypes"/> property;</item>
/// <item>the formatter source has a public parameterless constructor and a public
/// <c>IEnumerable&lt;object&gt; CreateTypeFormatters()</c> method;</item>
/// <item>each formatter it returns has a <c>string MimeType { get; }</c> property, a
/// <c>Type Type { get; }</c> property naming the type it formats, and a
/// <c>bool Format(object instance, System.IO.TextWriter writer)</c> method that writes the
/// value and returns <see langword="true"/> when it handled it.</item>
/// </list>
/// The kit's types follow that shape (<see cref="HtmlDisplayFormatterSource"/>,
/// <see cref="HtmlDisplayFormatter"/>), so a result type needs only
/// <c>[TypeFormatterSource(typeof(HtmlDisplayFormatterSource))]</c> and
/// <see cref="IHtmlDisplay"/>. The attribute is inherited, so it may sit on a base class.
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = true)]
public sealed class TypeFormatterSourceAttribute : Attribute
{
    /// <summary>Names the formatter source for the annotated type.</summary>
    /// <param name="formatterSourceType">A type with a public parameterless constructor and a
    /// public <c>CreateTypeFormatters()</c> method.</param>
    public TypeFormatterSourceAttribute(Type formatterSourceType)
    {
        ArgumentNullException.ThrowIfNull(formatterSourceType);
        FormatterSourceType = formatterSourceType;
    }

    /// <summary>The formatter source type given to the constructor.</summary>
    public Type FormatterSourceType { get; }

    /// <summary>
    /// The MIME types the kernel should show, most preferred first; <see langword="null"/> (the
    /// default) leaves the choice to the kernel, which shows <c>text/html</c> where it can. The
    /// kernel passes any array it finds here to its <c>Formatter.SetPreferredMimeTypesFor</c>,
    /// which rejects an empty one, so an empty array is never a valid value.
    /// </summary>
    public string[]? PreferredMimeTypes { get; set; }
}
