using System.Collections;
using System.Reflection;

namespace AnalysisKit.Notebooks.Tests.Hosting;

/// <summary>
/// Formats a value as the .NET Interactive kernel does for types that carry a formatter source
/// by convention: it finds, on the value's type or a base type, an attribute whose type is named
/// <c>TypeFormatterSourceAttribute</c>, reads its <c>FormatterSourceType</c> and
/// <c>PreferredMimeTypes</c>, creates the source, calls <c>CreateTypeFormatters()</c> and asks the
/// formatter for the preferred MIME type (<c>text/html</c> unless the attribute says otherwise)
/// to <c>Format(value, writer)</c>. All by reflection: the kit's types are never referenced
/// here, exactly as the kernel never references them. Values without such a formatter are
/// shown as <c>text/plain</c> through <see cref="object.ToString"/>.
/// </summary>
public static class ConventionFormatter
{
    /// <summary>The (MIME type, content) the kernel would show for <paramref name="value"/>.</summary>
    public static (string MimeType, string Content) Format(object? value)
    {
        if (value is null) return ("text/plain", "<null>");
        foreach (var attribute in value.GetType().GetCustomAttributes(inherit: true))
        {
            var attributeType = attribute.GetType();
            if (attributeType.Name != "TypeFormatterSourceAttribute") continue;
            if (attributeType.GetProperty("FormatterSourceType")?.GetValue(attribute) is not Type sourceType) continue;
            var preferred = attributeType.GetProperty("PreferredMimeTypes")?.GetValue(attribute) is string[] { Length: > 0 } mimeTypes
                ? mimeTypes[0]
                : "text/html";
            var source = Activator.CreateInstance(sourceType)
                ?? throw new InvalidOperationException($"{sourceType} could not be created.");
            var create = sourceType.GetMethod("CreateTypeFormatters", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)
                ?? throw new InvalidOperationException($"{sourceType} has no public CreateTypeFormatters().");
            if (create.Invoke(source, null) is not IEnumerable formatters) continue;
            foreach (var formatter in formatters)
            {
                var formatterType = formatter.GetType();
                if (formatterType.GetProperty("MimeType")?.GetValue(formatter) as string != preferred) continue;
                var format = formatterType.GetMethod("Format", BindingFlags.Public | BindingFlags.Instance, [typeof(object), typeof(TextWriter)]);
                if (format is null) continue;
                using var writer = new StringWriter();
                if (format.Invoke(formatter, [value, writer]) is true) return (preferred, writer.ToString());
            }
        }
        return ("text/plain", value.ToString() ?? "");
    }
}
