using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Perceptron.Gen.Tests.Robustness.Gradients;

/// <summary>
/// Where the random points for one parameter come from, as the corpus states it in a comment above each method:
/// <c>// domain: speed 5..40, steps = 40, weights[6] -1..1</c> — a range for a scalar, a fixed value for an int, and a
/// length and a range for an array or span.
/// </summary>
public sealed partial record ParameterDomain(string Name, double Low, double High, int Length)
{
    private const string Prefix = "// domain:";

    /// <summary>A scalar or array parameter drawn from [Low, High]; an int fixed at Low.</summary>
    public bool IsFixed => Low == High && Length == 0;

    /// <summary>The domain comment of a method, one entry per parameter; null when the method has none.</summary>
    public static IReadOnlyDictionary<string, ParameterDomain>? Of(MethodDeclarationSyntax method)
    {
        var comment = method
            .GetLeadingTrivia()
            .Where(trivia => trivia.IsKind(SyntaxKind.SingleLineCommentTrivia))
            .Select(trivia => trivia.ToString())
            .FirstOrDefault(text => text.StartsWith(Prefix, StringComparison.Ordinal));
        return comment
            ?.Substring(Prefix.Length)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Parse)
            .ToDictionary(domain => domain.Name);
    }

    private static ParameterDomain Parse(string entry)
    {
        if (FixedEntry().Match(entry) is { Success: true } fixedEntry)
        {
            var value = double.Parse(fixedEntry.Groups["value"].Value, CultureInfo.InvariantCulture);
            return new ParameterDomain(fixedEntry.Groups["name"].Value, value, value, 0);
        }

        var range = RangeEntry().Match(entry);
        if (!range.Success)
        {
            throw new FormatException($"'{entry}' is neither 'name low..high', 'name[length] low..high' nor 'name = value'.");
        }

        return new ParameterDomain(
            range.Groups["name"].Value,
            double.Parse(range.Groups["low"].Value, CultureInfo.InvariantCulture),
            double.Parse(range.Groups["high"].Value, CultureInfo.InvariantCulture),
            range.Groups["length"].Success ? int.Parse(range.Groups["length"].Value, CultureInfo.InvariantCulture) : 0
        );
    }

    [GeneratedRegex(@"^(?<name>\w+)\s*=\s*(?<value>-?\d+)$")]
    private static partial Regex FixedEntry();

    [GeneratedRegex(@"^(?<name>\w+)(\[(?<length>\d+)\])?\s+(?<low>-?[0-9.]+?)\.\.(?<high>-?[0-9.]+)$")]
    private static partial Regex RangeEntry();
}
