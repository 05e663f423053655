using System.Collections.Immutable;

namespace Samples.Common.Loading;

/// <summary>
/// Numeric columns read from a data file: k features and one target per sample. The features are stored row-major, as the
/// models' loss methods read them: sample i's feature j is at <c>Features[i · k + j]</c>.
/// </summary>
/// <param name="Source">The file as the user named it, or the name of the embedded data.</param>
/// <param name="FeatureNames">The feature columns' names as the header spells them, in the header's order.</param>
/// <param name="TargetName">The target column's name as the header spells it.</param>
/// <param name="Features">The features, row-major: <see cref="RowCount"/> × <see cref="FeatureCount"/> finite values.</param>
/// <param name="Targets">The target, one finite value per sample.</param>
public sealed record FeatureTable(
    string Source,
    ImmutableArray<string> FeatureNames,
    string TargetName,
    ImmutableArray<double> Features,
    ImmutableArray<double> Targets
)
{
    /// <summary>The number of samples.</summary>
    public int RowCount => Targets.Length;

    /// <summary>The number of features, k.</summary>
    public int FeatureCount => FeatureNames.Length;

    /// <summary>One feature of one sample.</summary>
    /// <param name="row">The 0-based sample.</param>
    /// <param name="column">The 0-based feature.</param>
    /// <returns>The value in the data's own units.</returns>
    public double Feature(int row, int column) => Features[(row * FeatureCount) + column];
}
