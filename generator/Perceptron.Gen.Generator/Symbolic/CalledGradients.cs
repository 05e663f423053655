using System.Collections.Generic;
using System.Linq;
using Perceptron.Gen.Generator.Model;

namespace Perceptron.Gen.Generator.Symbolic;

/// <summary>
/// Which generated gradients a method's gradient calls, and which gradients will not exist: those of methods the
/// generator refused, and of every method calling one of those, however indirectly. A gradient calling a missing one would
/// not compile, so it is not generated either; the refused callee's own diagnostic says why.
/// </summary>
internal static class CalledGradients
{
    /// <summary>How a call names a gradient: the fully qualified gradient method and its number of arguments.</summary>
    public static string Key(string gradientMethod, int argumentCount) => $"{gradientMethod}/{argumentCount}";

    /// <summary>The keys of the gradients of <c>[Differentiable]</c> methods that <paramref name="body"/> calls.</summary>
    public static EquatableArray<string> Of(FunctionBody body) =>
        Calls(body.Segments)
            .Select(call => Key(call.Gradient, call.Arguments.Count))
            .Distinct()
            .OrderBy(key => key, System.StringComparer.Ordinal)
            .ToEquatableArray();

    /// <summary>The gradients that will not exist, from every method's key, whether it is generated, and what it calls.</summary>
    public static EquatableArray<string> Missing(IEnumerable<(string Key, bool IsGenerated, EquatableArray<string> Calls)> methods)
    {
        var all = methods.ToList();
        var missing = new HashSet<string>(all.Where(method => !method.IsGenerated).Select(method => method.Key));
        var added = true;
        while (added)
        {
            added = false;
            foreach (var method in all.Where(method => !missing.Contains(method.Key) && method.Calls.Any(missing.Contains)))
            {
                added |= missing.Add(method.Key);
            }
        }

        return missing.OrderBy(key => key, System.StringComparer.Ordinal).ToEquatableArray();
    }

    private static IEnumerable<UserCall> Calls(IEnumerable<Segment> segments) =>
        segments.SelectMany(segment =>
            segment switch
            {
                StraightSegment straight => straight.Locals.Select(local => local.Value).OfType<UserCall>(),
                LoopSegment loop => Calls(loop.Body),
                _ => Enumerable.Empty<UserCall>(),
            }
        );
}
