using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Perceptron.Gen.Generator.Diagnostics;

/// <summary>
/// Where a diagnostic points, kept as plain values: a Roslyn <see cref="Location"/> holds a syntax tree, which would tie
/// a pipeline value to one compilation and defeat caching.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo? From(SyntaxNode? node) => From(node?.GetLocation());

    public static LocationInfo? From(SyntaxToken token) => From(token.GetLocation());

    public static LocationInfo? From(SyntaxTree tree, TextSpan span) => From(Location.Create(tree, span));

    public static LocationInfo? From(Location? location)
    {
        if (location is null || location.SourceTree is null)
        {
            return null;
        }

        return new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
    }
}
