using Microsoft.CodeAnalysis.CSharp;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>Writes a name as a C# identifier: a keyword used as a name (<c>@double</c>) keeps its <c>@</c>.</summary>
internal static class Identifiers
{
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.VarKeyword
            ? "@" + name
            : name;
}
