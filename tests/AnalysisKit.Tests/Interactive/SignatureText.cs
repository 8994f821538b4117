using System.Collections.Immutable;
using System.Globalization;
using System.Reflection.Metadata;

namespace AnalysisKit.Tests.Interactive;

/// <summary>
/// Renders the types of a metadata signature as text that does not depend on the assembly
/// holding the signature: a type is its full name (nested types as <c>Outer/Inner</c>, no
/// assembly), a type parameter of the declaring type is <c>!0</c>, one of the method <c>!!0</c>.
/// The same member therefore reads alike in the assembly that calls it and in the one that
/// defines it.
/// </summary>
internal sealed class SignatureText : ISignatureTypeProvider<string, object?>
{
    /// <summary>The one instance; the provider holds no state.</summary>
    public static SignatureText Instance { get; } = new();

    /// <summary>A method signature as <c>[instance ]return(parameter,...)</c>.</summary>
    public static string Of(MethodSignature<string> signature) =>
        (signature.Header.IsInstance ? "instance " : "") + signature.ReturnType + "(" + string.Join(",", signature.ParameterTypes) + ")";

    /// <summary>The full name of a type defined in <paramref name="reader"/>.</summary>
    public static string NameOf(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var declaring = type.GetDeclaringType();
        return declaring.IsNil
            ? Qualified(reader.GetString(type.Namespace), reader.GetString(type.Name))
            : NameOf(reader, declaring) + "/" + reader.GetString(type.Name);
    }

    /// <summary>The full name of a type referenced from <paramref name="reader"/>.</summary>
    public static string NameOf(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        return type.ResolutionScope.Kind == HandleKind.TypeReference
            ? NameOf(reader, (TypeReferenceHandle)type.ResolutionScope) + "/" + reader.GetString(type.Name)
            : Qualified(reader.GetString(type.Namespace), reader.GetString(type.Name));
    }

    private static string Qualified(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;

    /// <inheritdoc />
    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "System." + typeCode;

    /// <inheritdoc />
    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => NameOf(reader, handle);

    /// <inheritdoc />
    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => NameOf(reader, handle);

    /// <inheritdoc />
    public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    /// <inheritdoc />
    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) =>
        genericType + "<" + string.Join(",", typeArguments) + ">";

    /// <inheritdoc />
    public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public string GetSZArrayType(string elementType) => elementType + "[]";

    /// <inheritdoc />
    public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";

    /// <inheritdoc />
    public string GetByReferenceType(string elementType) => elementType + "&";

    /// <inheritdoc />
    public string GetPointerType(string elementType) => elementType + "*";

    /// <inheritdoc />
    public string GetPinnedType(string elementType) => elementType + " pinned";

    /// <inheritdoc />
    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) =>
        unmodifiedType + (isRequired ? " modreq(" : " modopt(") + modifier + ")";

    /// <inheritdoc />
    public string GetFunctionPointerType(MethodSignature<string> signature) => "method " + Of(signature);
}
