using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Perceptron.Gen.Tests.Infrastructure;

/// <summary>An expected diagnostic: its identifier and the exact span it must be reported on.</summary>
public sealed record ExpectedDiagnostic(string Id, TextSpan Span, string Text);

/// <summary>
/// Reads <c>{|PGEN004:Math.Sin(x)|}</c> markup: the source without the markers, and each marked span with its identifier.
/// Markers may nest.
/// </summary>
public static class DiagnosticMarkup
{
    public static (string Source, IReadOnlyList<ExpectedDiagnostic> Expected) Parse(string markup)
    {
        var source = new StringBuilder();
        var open = new Stack<(string Id, int Start)>();
        var expected = new List<ExpectedDiagnostic>();
        for (var index = 0; index < markup.Length; index++)
        {
            if (markup[index] == '{' && index + 1 < markup.Length && markup[index + 1] == '|')
            {
                var colon = markup.IndexOf(':', index);
                open.Push((markup.Substring(index + 2, colon - index - 2), source.Length));
                index = colon;
            }
            else if (markup[index] == '|' && index + 1 < markup.Length && markup[index + 1] == '}')
            {
                var (id, start) = open.Pop();
                expected.Add(
                    new ExpectedDiagnostic(id, TextSpan.FromBounds(start, source.Length), source.ToString(start, source.Length - start))
                );
                index++;
            }
            else
            {
                source.Append(markup[index]);
            }
        }

        return (source.ToString(), expected);
    }
}
