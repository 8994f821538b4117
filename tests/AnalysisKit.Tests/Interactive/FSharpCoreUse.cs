using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace AnalysisKit.Tests.Interactive;

/// <summary>
/// What one assembly uses of FSharp.Core, read from its metadata: every type it references in
/// FSharp.Core (nested types included) and every method or field it references on such a type,
/// directly or through a generic instantiation of it.
/// </summary>
internal sealed class FSharpCoreUse
{
    private const string FSharpCore = "FSharp.Core";

    private FSharpCoreUse(string assembly, Version? referencedVersion, IReadOnlySet<string> types, IReadOnlySet<FSharpCoreMember> members)
    {
        Assembly = assembly;
        ReferencedVersion = referencedVersion;
        Types = types;
        Members = members;
    }

    /// <summary>The simple name of the assembly read.</summary>
    public string Assembly { get; }

    /// <summary>The FSharp.Core assembly version the assembly was built against; <see langword="null"/> when it does not reference FSharp.Core.</summary>
    public Version? ReferencedVersion { get; }

    /// <summary>The full names of the FSharp.Core types referenced.</summary>
    public IReadOnlySet<string> Types { get; }

    /// <summary>The FSharp.Core methods and fields referenced.</summary>
    public IReadOnlySet<FSharpCoreMember> Members { get; }

    /// <summary>Reads the assembly at <paramref name="path"/>; <see langword="null"/> when the file holds no .NET metadata.</summary>
    public static FSharpCoreUse? Read(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        if (!pe.HasMetadata) return null;
        var reader = pe.GetMetadataReader();
        var referenced = reader.AssemblyReferences.Select(reader.GetAssemblyReference)
            .Where(a => reader.GetString(a.Name) == FSharpCore)
            .Select(a => a.Version)
            .FirstOrDefault();
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in reader.TypeReferences)
        {
            if (IsInFSharpCore(reader, handle)) types.Add(SignatureText.NameOf(reader, handle));
        }
        var members = new HashSet<FSharpCoreMember>();
        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            if (FSharpCoreType(reader, member.Parent) is not { } type) continue;
            members.Add(Member(reader, member, SignatureText.NameOf(reader, type)));
        }
        var name = reader.GetString(reader.GetAssemblyDefinition().Name);
        return new FSharpCoreUse(name, referenced, types, members);
    }

    private static FSharpCoreMember Member(MetadataReader reader, MemberReference member, string type)
    {
        var name = reader.GetString(member.Name);
        if (member.GetKind() == MemberReferenceKind.Field)
            return new FSharpCoreMember(type, name, 0, member.DecodeFieldSignature(SignatureText.Instance, null));
        var signature = member.DecodeMethodSignature(SignatureText.Instance, null);
        return new FSharpCoreMember(type, name, signature.GenericParameterCount, SignatureText.Of(signature));
    }

    /// <summary>The FSharp.Core type a member reference's parent names, itself or as the generic type of an instantiation.</summary>
    private static TypeReferenceHandle? FSharpCoreType(MetadataReader reader, EntityHandle parent)
    {
        var type = parent.Kind switch
        {
            HandleKind.TypeReference => (TypeReferenceHandle)parent,
            HandleKind.TypeSpecification => GenericTypeOf(reader, (TypeSpecificationHandle)parent),
            _ => default,
        };
        return !type.IsNil && IsInFSharpCore(reader, type) ? type : null;
    }

    /// <summary>The generic type of a generic instantiation (<c>GENERICINST (CLASS|VALUETYPE) type n args</c>), when it is a type reference.</summary>
    private static TypeReferenceHandle GenericTypeOf(MetadataReader reader, TypeSpecificationHandle handle)
    {
        var blob = reader.GetBlobReader(reader.GetTypeSpecification(handle).Signature);
        if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance) return default;
        blob.ReadCompressedInteger();
        var generic = blob.ReadTypeHandle();
        return generic.Kind == HandleKind.TypeReference ? (TypeReferenceHandle)generic : default;
    }

    private static bool IsInFSharpCore(MetadataReader reader, TypeReferenceHandle handle)
    {
        var scope = reader.GetTypeReference(handle).ResolutionScope;
        return scope.Kind switch
        {
            HandleKind.TypeReference => IsInFSharpCore(reader, (TypeReferenceHandle)scope),
            HandleKind.AssemblyReference => reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name) == FSharpCore,
            _ => false,
        };
    }
}
