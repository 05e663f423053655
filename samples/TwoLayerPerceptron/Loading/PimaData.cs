using System.Reflection;
using Samples.Common.Loading;

namespace TwoLayerPerceptron.Loading;

/// <summary>The Pima diabetes data that ships inside the assembly (see Data/README.md for its provenance).</summary>
public static class PimaData
{
    /// <summary>The embedded file's name.</summary>
    public const string FileName = "pima-diabetes.csv";

    /// <summary>The name that messages and reports give the embedded data in place of a file path.</summary>
    public const string DisplayName = FileName + " (embedded)";

    /// <summary>The target column: whether diabetes was diagnosed, 0 or 1.</summary>
    public const string TargetColumn = "diabetes";

    /// <summary>Reads the embedded data: seven features and the class.</summary>
    /// <param name="targetColumn">The target column, which must hold 0 and 1; every other column is a feature.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFileException">The column does not exist in the embedded data, or does not hold classes.</exception>
    public static FeatureTable Load(string targetColumn = TargetColumn)
    {
        return EmbeddedCsv.Load(
            Assembly.GetExecutingAssembly(),
            "TwoLayerPerceptron.Data." + FileName,
            DisplayName,
            targetColumn,
            TargetKind.ZeroOrOne
        );
    }
}
