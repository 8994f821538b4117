using System.Globalization;

namespace AnalysisKit.Tests.Interactive;

/// <summary>
/// A method or field of an FSharp.Core type, as a caller binds to it: the declaring type's full
/// name, the member's name, its number of generic parameters and its signature in
/// <see cref="SignatureText"/> form (a field's signature is its type).
/// </summary>
internal sealed record FSharpCoreMember(string Type, string Name, int GenericArity, string Signature)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Type}::{Name}{(GenericArity == 0 ? "" : "``" + GenericArity.ToString(CultureInfo.InvariantCulture))} {Signature}";
}
