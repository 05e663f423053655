using System.Collections.Immutable;

namespace HousePrices.Loading;

/// <summary>Two numeric columns read from a data file: the feature x and the target y, one value of each per sample.</summary>
/// <param name="Source">The file as the user named it, or the name of the embedded data.</param>
/// <param name="XColumn">The feature's column name as the file's header spells it.</param>
/// <param name="YColumn">The target's column name as the file's header spells it.</param>
/// <param name="X">The feature, one finite value per sample.</param>
/// <param name="Y">The target, one finite value per sample; as long as <paramref name="X"/>.</param>
public sealed record DataSet(string Source, string XColumn, string YColumn, ImmutableArray<double> X, ImmutableArray<double> Y)
{
    /// <summary>The number of samples.</summary>
    public int Count => X.Length;
}
