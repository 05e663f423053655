using System.Collections.Generic;
using System.Linq;

namespace Perceptron.Gen.Generator.Symbolic;

/// <summary>The names a function body already uses, so that new ones do not clash with them.</summary>
internal static class UsedNames
{
    public static IEnumerable<string> Of(FunctionBody body) => Of(body.Segments);

    private static IEnumerable<string> Of(IEnumerable<Segment> segments) =>
        segments.SelectMany(segment =>
            segment switch
            {
                StraightSegment straight => straight.Locals.SelectMany(local =>
                    local.Value is UserCall call
                        ? call.PartialNames.Where(name => name.Length > 0).Append(local.Name)
                        : new[] { local.Name }
                ),
                LoopSegment loop => Of(loop.Body).Concat(loop.Carried.Select(carried => carried.Current)).Append(loop.Index),
                _ => Enumerable.Empty<string>(),
            }
        );
}
