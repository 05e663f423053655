using Microsoft.CodeAnalysis;

namespace Perceptron.Gen.Generator.Reading;

/// <summary>
/// Name tests on types without formatting their names: the reader asks them of every call and every attribute it meets,
/// and <c>ToDisplayString()</c> builds a string each time.
/// </summary>
internal static class TypeNames
{
    /// <summary>
    /// Whether <paramref name="type"/> is the non-generic named type <paramref name="fullName"/> (<c>"System.Math"</c>,
    /// <c>"Perceptron.Gen.DifferentiableAttribute"</c>, <c>"Outer.Inner"</c> for a nested type): what
    /// <c>type.ToDisplayString() == fullName</c> tells.
    /// </summary>
    public static bool Is(ITypeSymbol? type, string fullName) => type is INamedTypeSymbol named && Matches(named, fullName);

    /// <summary>Whether <paramref name="symbol"/> is the namespace <paramref name="fullName"/> (<c>"System"</c>).</summary>
    public static bool IsNamespace(INamespaceSymbol? symbol, string fullName) => symbol is not null && Matches(symbol, fullName);

    // Compares the dotted name segment by segment from the innermost, through containing types and namespaces, up to the
    // global namespace. A generic type never matches: its display string carries its type arguments.
    private static bool Matches(ISymbol symbol, string fullName)
    {
        var end = fullName.Length;
        for (ISymbol? current = symbol; current is not INamespaceSymbol { IsGlobalNamespace: true }; current = Container(current))
        {
            if (current is null or INamedTypeSymbol { IsGenericType: true } || end <= 0)
            {
                return false;
            }

            var start = fullName.LastIndexOf('.', end - 1) + 1;
            var length = end - start;
            if (current.Name.Length != length || string.CompareOrdinal(current.Name, 0, fullName, start, length) != 0)
            {
                return false;
            }

            end = start - 1;
        }

        // Every segment used: the name does not go on beyond the global namespace.
        return end < 0;
    }

    private static ISymbol? Container(ISymbol symbol) => (ISymbol?)symbol.ContainingType ?? symbol.ContainingNamespace;
}
