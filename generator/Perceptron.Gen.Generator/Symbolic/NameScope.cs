using System;
using System.Collections.Generic;

namespace Perceptron.Gen.Generator.Symbolic;

/// <summary>
/// The names taken in one generated method. The user's own names are kept wherever they are free, so the output reads
/// in the user's words; a clash gets a numeric suffix.
/// </summary>
internal sealed class NameScope
{
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);

    public NameScope(IEnumerable<string> reserved)
    {
        foreach (var name in reserved)
        {
            taken.Add(name);
        }
    }

    /// <summary>Takes <paramref name="preferred"/> if free, else the first free <c>preferred2</c>, <c>preferred3</c>, ….</summary>
    public string Unique(string preferred)
    {
        var candidate = preferred;
        for (var suffix = 2; !taken.Add(candidate); suffix++)
        {
            candidate = preferred + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    public bool IsTaken(string name) => taken.Contains(name);

    /// <summary><c>w</c> gives <c>W</c>, <c>learningRate</c> gives <c>LearningRate</c>; an <c>@</c> prefix is dropped.</summary>
    public static string ToPascalCase(string name)
    {
        var bare = name.TrimStart('@');
        return bare.Length == 0 ? bare : char.ToUpperInvariant(bare[0]) + bare.Substring(1);
    }
}
