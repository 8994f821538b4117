using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace AnalysisKit.Tests.Interactive;

/// <summary>
/// What one FSharp.Core assembly defines, read from its metadata: every type (nested types
/// included) and every method and field, in the form <see cref="FSharpCoreUse"/> reads a
/// caller's references, so that a caller's use can be checked against it.
/// </summary>
internal sealed class FSharpCoreSurface
{
    private readonly HashSet<string> types;
    private readonly HashSet<FSharpCoreMember> members;

    private FSharpCoreSurface(Version version, HashSet<string> types, HashSet<FSharpCoreMember> members)
    {
        Version = version;
        this.types = types;
        this.members = members;
    }

    /// <summary>The assembly version of the FSharp.Core read.</summary>
    public Version Version { get; }

    /// <summary>Reads the FSharp.Core assembly at <paramref name="path"/>.</summary>
    public static FSharpCoreSurface Read(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var reader = pe.GetMetadataReader();
        var types = new HashSet<string>(StringComparer.Ordinal);
        var members = new HashSet<FSharpCoreMember>();
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            var name = SignatureText.NameOf(reader, handle);
            types.Add(name);
            foreach (var methodHandle in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(methodHandle);
                var signature = method.DecodeSignature(SignatureText.Instance, null);
                members.Add(new FSharpCoreMember(name, reader.GetString(method.Name), signature.GenericParameterCount, SignatureText.Of(signature)));
            }
            foreach (var fieldHandle in type.GetFields())
            {
                var field = reader.GetFieldDefinition(fieldHandle);
                members.Add(new FSharpCoreMember(name, reader.GetString(field.Name), 0, field.DecodeSignature(SignatureText.Instance, null)));
            }
        }
        return new FSharpCoreSurface(reader.GetAssemblyDefinition().Version, types, members);
    }

    /// <summary>The types and members <paramref name="use"/> references that this FSharp.Core does not define, as text.</summary>
    public IReadOnlyList<string> Missing(FSharpCoreUse use) =>
        use.Types.Where(t => !types.Contains(t)).Select(t => "type " + t)
            .Concat(use.Members.Where(m => !members.Contains(m)).Select(m => "member " + m))
            .Order(StringComparer.Ordinal)
            .ToList();
}
