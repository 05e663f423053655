using System.Collections.Generic;
using System.Linq;
using Perceptron.Gen.Tests.Properties.Programs;

namespace Perceptron.Gen.Tests.Properties.Oracles;

/// <summary>
/// Whether a point is near a branch boundary, kink or jump: the program is run a distance <see cref="Radius"/> away
/// along each axis, both ways, and the point is near one when any of those paths differs from the point's own. Judging
/// by the path rather than by how close two compared values are keeps points where a tie holds all around — <c>a == a</c>,
/// <c>Math.Floor(a) &gt; 1.0</c> with <c>Floor(a)</c> exactly 1 — and still catches <c>a * a &gt; 0.0</c> at <c>a = 0</c>.
/// </summary>
public static class Neighbourhood
{
    public const double Radius = 1e-3;

    /// <summary>What changes within <see cref="Radius"/> of <paramref name="point"/>, or null if the path is the same all around.</summary>
    public static string? PathChangeNear(RandomProgram program, double[] point, Evaluation atPoint)
    {
        for (var parameter = 0; parameter < point.Length; parameter++)
        {
            foreach (var direction in new[] { -1.0, 1.0 })
            {
                var nearby = (double[])point.Clone();
                nearby[parameter] += direction * Radius;
                var path = ProgramInterpreter.Evaluate(program, nearby).Path;
                if (!path.SequenceEqual(atPoint.Path))
                {
                    return $"a path change within {Radius} at {FirstDifference(atPoint.Path, path)}";
                }
            }
        }

        return null;
    }

    private static string FirstDifference(IReadOnlyList<Decision> path, IReadOnlyList<Decision> other)
    {
        var index = Enumerable.Range(0, System.Math.Min(path.Count, other.Count)).FirstOrDefault(step => path[step] != other[step], -1);
        return index >= 0 ? path[index].What : "a branch that runs more or fewer steps";
    }
}
