using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace Perceptron.Gen.Tests.Robustness.Mutation;

/// <summary>One change to a source text: the span replaced, what replaces it, and a line saying what was done.</summary>
public sealed record TokenEdit(TextSpan Span, string Replacement, string Description)
{
    /// <summary>Applies edits that do not overlap, from the last to the first so that earlier offsets stay valid.</summary>
    public static string Apply(string source, IEnumerable<TokenEdit> edits)
    {
        var text = source;
        foreach (var edit in edits.OrderByDescending(edit => edit.Span.Start))
        {
            text = text.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.Replacement);
        }

        return text;
    }
}
