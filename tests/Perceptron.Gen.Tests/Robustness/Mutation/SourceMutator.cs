using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Perceptron.Gen.Tests.Infrastructure;

namespace Perceptron.Gen.Tests.Robustness.Mutation;

/// <summary>A mutated source: its text and the edits that made it, in words.</summary>
public sealed record Mutant(string Source, IReadOnlyList<string> Edits);

/// <summary>
/// Syntax-level mutations of one source file, as a hurried edit or a half-typed line produces them: a token deleted,
/// duplicated or swapped with a neighbour, an operator, literal, keyword or name replaced by another, or the file cut off.
/// Most mutants do not compile; the ones that do are the interesting ones, so replacements favour tokens of the same kind
/// (an operator for an operator, a name from the same file for a name), which keeps many of them valid C#.
/// </summary>
public sealed class SourceMutator
{
    private static readonly string[][] OperatorFamilies =
    {
        new[] { "+", "-", "*", "/", "%" },
        new[] { "<", "<=", ">", ">=", "==", "!=" },
        new[] { "&&", "||" },
        new[] { "=", "+=", "-=", "*=", "/=", "%=" },
        new[] { "++", "--" },
    };

    private static readonly string[][] KeywordFamilies =
    {
        new[] { "double", "float", "int", "long", "decimal", "var", "bool" },
        new[] { "if", "while", "for", "foreach", "do", "switch", "lock" },
        new[] { "return", "break", "continue", "throw", "goto", "yield" },
        new[] { "static", "partial", "public", "private", "internal", "const", "readonly", "ref", "out", "in", "params", "unsafe" },
        new[] { "class", "struct", "record", "interface" },
    };

    private static readonly string[] Literals =
    {
        "0",
        "1",
        "2",
        "-1",
        "0.5",
        "2.5",
        "1e-9",
        "1e308",
        "1e-320",
        "0.0",
        "2.5f",
        "10",
        "3",
        "1e400",
        "int.MaxValue",
        "double.NaN",
        "double.PositiveInfinity",
        "double.Epsilon",
        "-0.0",
        "0x7FFFFFFF",
        "2L",
        "1m",
        "'a'",
        "\"s\"",
        "true",
        "null",
    };

    private static readonly string[] ForeignNames =
    {
        "Math",
        "MathF",
        "Sin",
        "Length",
        "value",
        "x",
        "i",
        "Differentiable",
        "Gradient",
        "nameof",
    };

    private readonly string source;
    private readonly SyntaxToken[] tokens;
    private readonly string[] names;

    public SourceMutator(string source)
    {
        this.source = source;
        var root = CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions).GetRoot();
        tokens = root.DescendantTokens().Where(token => !token.IsKind(SyntaxKind.EndOfFileToken)).ToArray();
        names = tokens.Where(token => token.IsKind(SyntaxKind.IdentifierToken)).Select(token => token.Text).Distinct().ToArray();
    }

    /// <summary>One to three edits at different tokens, or a cut; the same <paramref name="random"/> state gives the same mutant.</summary>
    public Mutant Mutate(Random random)
    {
        if (random.Next(12) == 0)
        {
            return CutOff(random);
        }

        var count = random.Next(10) switch
        {
            < 7 => 1,
            < 9 => 2,
            _ => 3,
        };
        var chosen = new SortedSet<int>();
        while (chosen.Count < count)
        {
            chosen.Add(random.Next(tokens.Length - 1));
        }

        // Each edit touches its token and possibly the next one; neighbours are dropped so that no two edits overlap.
        var edits = new List<TokenEdit>();
        var lastTouched = -1;
        foreach (var index in chosen)
        {
            if (index <= lastTouched)
            {
                continue;
            }

            edits.Add(Edit(random, index));
            lastTouched = index + 1;
        }

        return new Mutant(TokenEdit.Apply(source, edits), edits.Select(edit => edit.Description).ToList());
    }

    private TokenEdit Edit(Random random, int index)
    {
        var token = tokens[index];
        if (random.Next(3) > 0 && Replacement(random, token) is { } replacement)
        {
            return Replace(token, replacement);
        }

        switch (random.Next(3))
        {
            case 0:
                return Replace(token, "", $"deleted '{token.Text}' at {Where(token)}");
            case 1:
                return Replace(token, token.Text + " " + token.Text, $"duplicated '{token.Text}' at {Where(token)}");
            default:
                var next = tokens[index + 1];
                var between = source.Substring(token.Span.End, next.SpanStart - token.Span.End);
                return new TokenEdit(
                    TextSpan.FromBounds(token.SpanStart, next.Span.End),
                    next.Text + between + token.Text,
                    $"swapped '{token.Text}' and '{next.Text}' at {Where(token)}"
                );
        }
    }

    /// <summary>A token of the same kind in place of this one, or null when it has no kind to keep.</summary>
    private string? Replacement(Random random, SyntaxToken token)
    {
        if (token.IsKind(SyntaxKind.NumericLiteralToken))
        {
            return Pick(random, Literals);
        }

        if (token.IsKind(SyntaxKind.IdentifierToken))
        {
            return random.Next(5) == 0 ? Pick(random, ForeignNames) : Pick(random, names);
        }

        var family = OperatorFamilies.Concat(KeywordFamilies).FirstOrDefault(members => members.Contains(token.Text));
        if (family is null)
        {
            return null;
        }

        // Now and then an operator of another family, or a keyword of another group.
        var pool = random.Next(8) == 0 ? OperatorFamilies.Concat(KeywordFamilies).SelectMany(members => members).ToArray() : family;
        return Pick(random, pool);
    }

    private Mutant CutOff(Random random)
    {
        var token = tokens[random.Next(tokens.Length)];
        var at = token.SpanStart + random.Next(token.Span.Length + 1);
        return new Mutant(
            source.Substring(0, at),
            new[] { $"cut off at {Where(token)}, before '{source.Substring(at, Math.Min(20, source.Length - at))}…'" }
        );
    }

    private TokenEdit Replace(SyntaxToken token, string replacement) =>
        Replace(token, replacement, $"replaced '{token.Text}' by '{replacement}' at {Where(token)}");

    private static TokenEdit Replace(SyntaxToken token, string replacement, string description) =>
        new(token.Span, replacement, description);

    private static string Where(SyntaxToken token)
    {
        var position = token.GetLocation().GetLineSpan().StartLinePosition;
        return $"line {position.Line + 1}, column {position.Character + 1}";
    }

    private static string Pick(Random random, IReadOnlyList<string> choices) => choices[random.Next(choices.Count)];
}
