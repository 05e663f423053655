using System.Collections.Immutable;

namespace Perceptron.Gen.Tests.Properties.Oracles;

/// <summary>
/// One interpretation of a program at a point: the result, the path taken, and whether the point is fit to compare
/// derivatives at. <see cref="UnfitReason"/> says why not — the path came near a pole or a value grew so large that
/// finite differences mean little — and is null for a fit point. Closeness to a branch boundary or kink is judged by
/// comparing <see cref="Path"/> with the paths at nearby points (see <see cref="Neighbourhood"/>).
/// </summary>
public sealed record Evaluation(Dual Result, ImmutableArray<Decision> Path, string? UnfitReason)
{
    /// <summary>The largest derivative of any value computed on the way, to tell how much rounding the result's may carry.</summary>
    public double LargestDerivative { get; init; }

    public bool IsFit => UnfitReason is null;
}
