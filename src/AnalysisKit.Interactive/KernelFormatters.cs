using System.Reflection;

namespace AnalysisKit.Interactive;

/// <summary>
/// Registers HTML formatters with the .NET Interactive kernel's
/// <c>Microsoft.DotNet.Interactive.Formatting.Formatter</c>, found among the process's loaded
/// assemblies, so that the kit keeps no compile-time reference to the kernel. It calls the
/// kernel's public <c>Formatter.Register(Type, Action&lt;object, TextWriter&gt;, string)</c>.
/// </summary>
public static class KernelFormatters
{
    /// <summary>The full name of the kernel's formatter type.</summary>
    public const string FormatterTypeName = "Microsoft.DotNet.Interactive.Formatting.Formatter";

    /// <summary>The kernel's formatter type, or <see langword="null"/> outside a kernel.</summary>
    public static Type? Formatter =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name == "Microsoft.DotNet.Interactive.Formatting")
            .Select(a => a.GetType(FormatterTypeName, throwOnError: false))
            .FirstOrDefault(t => t is not null);

    /// <summary>
    /// Shows values of <paramref name="type"/> (an open generic type covers all its
    /// constructions) as the HTML <paramref name="html"/> writes. Returns <see langword="false"/>,
    /// registering nothing, when no kernel is loaded in this process.
    /// </summary>
    public static bool RegisterHtml(Type type, Func<object, string> html)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(html);
        var formatter = Formatter;
        if (formatter is null) return false;
        var register = formatter.GetMethod("Register", BindingFlags.Public | BindingFlags.Static,
                [typeof(Type), typeof(Action<object, TextWriter>), typeof(string)])
            ?? throw new MissingMethodException(FormatterTypeName, "Register(Type, Action<object, TextWriter>, string)");
        Action<object, TextWriter> write = (value, writer) => writer.Write(html(value));
        register.Invoke(null, [type, write, "text/html"]);
        return true;
    }
}
