using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace AnalysisKit.Tests.Interactive;

/// <summary>
/// Writes a small assembly whose one use of FSharp.Core is a reference to <c>Array.partitionWith</c>,
/// which FSharp.Core 10.1 added and 10.0 lacks:
/// <c>static Tuple&lt;!!1[],!!2[]&gt; ArrayModule::PartitionWith&lt;T,T1,T2&gt;(FSharpFunc&lt;!!0,FSharpChoice&lt;!!1,!!2&gt;&gt;, !!0[])</c>.
/// </summary>
internal static class PartitionWithCaller
{
    /// <summary>The member the assembly references, as <see cref="FSharpCoreUse"/> reads it.</summary>
    public static FSharpCoreMember Member { get; } = new(
        "Microsoft.FSharp.Collections.ArrayModule", "PartitionWith", 3,
        "System.Tuple`2<!!1[],!!2[]>(Microsoft.FSharp.Core.FSharpFunc`2<!!0,Microsoft.FSharp.Core.FSharpChoice`2<!!1,!!2>>,!!0[])");

    /// <summary>Writes the assembly to <paramref name="path"/>.</summary>
    public static void Write(string path)
    {
        var metadata = new MetadataBuilder();
        metadata.AddModule(0, metadata.GetOrAddString("PartitionWithCaller.dll"), metadata.GetOrAddGuid(new Guid("6f1f5b7e-3c1a-4a55-9d38-2f0d6c1e9a41")), default, default);
        metadata.AddAssembly(metadata.GetOrAddString("PartitionWithCaller"), new Version(1, 0, 0, 0), default, default, 0, AssemblyHashAlgorithm.None);
        metadata.AddTypeDefinition(default, default, metadata.GetOrAddString("<Module>"), default,
            MetadataTokens.FieldDefinitionHandle(1), MetadataTokens.MethodDefinitionHandle(1));

        var runtime = AssemblyReference(metadata, "System.Runtime", new Version(10, 0, 0, 0));
        var fsharpCore = AssemblyReference(metadata, "FSharp.Core", new Version(10, 1, 0, 0));
        var tuple = metadata.AddTypeReference(runtime, metadata.GetOrAddString("System"), metadata.GetOrAddString("Tuple`2"));
        var function = metadata.AddTypeReference(fsharpCore, metadata.GetOrAddString("Microsoft.FSharp.Core"), metadata.GetOrAddString("FSharpFunc`2"));
        var choice = metadata.AddTypeReference(fsharpCore, metadata.GetOrAddString("Microsoft.FSharp.Core"), metadata.GetOrAddString("FSharpChoice`2"));
        var arrayModule = metadata.AddTypeReference(fsharpCore, metadata.GetOrAddString("Microsoft.FSharp.Collections"), metadata.GetOrAddString("ArrayModule"));

        var signature = new BlobBuilder();
        new BlobEncoder(signature).MethodSignature(genericParameterCount: 3).Parameters(2, out var returnType, out var parameters);
        var result = returnType.Type().GenericInstantiation(tuple, 2, isValueType: false);
        result.AddArgument().SZArray().GenericMethodTypeParameter(1);
        result.AddArgument().SZArray().GenericMethodTypeParameter(2);
        var partitioner = parameters.AddParameter().Type().GenericInstantiation(function, 2, isValueType: false);
        partitioner.AddArgument().GenericMethodTypeParameter(0);
        var choices = partitioner.AddArgument().GenericInstantiation(choice, 2, isValueType: false);
        choices.AddArgument().GenericMethodTypeParameter(1);
        choices.AddArgument().GenericMethodTypeParameter(2);
        parameters.AddParameter().Type().SZArray().GenericMethodTypeParameter(0);
        metadata.AddMemberReference(arrayModule, metadata.GetOrAddString("PartitionWith"), metadata.GetOrAddBlob(signature));

        var image = new BlobBuilder();
        new ManagedPEBuilder(PEHeaderBuilder.CreateLibraryHeader(), new MetadataRootBuilder(metadata), new BlobBuilder()).Serialize(image);
        File.WriteAllBytes(path, image.ToArray());
    }

    private static AssemblyReferenceHandle AssemblyReference(MetadataBuilder metadata, string name, Version version) =>
        metadata.AddAssemblyReference(metadata.GetOrAddString(name), version, default, default, default, default);
}
