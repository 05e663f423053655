using System.Reflection;
using Samples.Common.Loading;

namespace LinearRegression.Loading;

/// <summary>The diabetes-progression data that ships inside the assembly (see Data/README.md for its provenance).</summary>
public static class DiabetesData
{
    /// <summary>The embedded file's name.</summary>
    public const string FileName = "diabetes-progression.csv";

    /// <summary>The name that messages and reports give the embedded data in place of a file path.</summary>
    public const string DisplayName = FileName + " (embedded)";

    /// <summary>The target column: a measure of disease progression one year after the baseline measurements.</summary>
    public const string TargetColumn = "progression";

    /// <summary>Reads the embedded data: ten features and the target.</summary>
    /// <param name="targetColumn">The target column; every other column is a feature.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFileException">The column does not exist in the embedded data.</exception>
    public static FeatureTable Load(string targetColumn = TargetColumn)
    {
        return EmbeddedCsv.Load(
            Assembly.GetExecutingAssembly(),
            "LinearRegression.Data." + FileName,
            DisplayName,
            targetColumn,
            TargetKind.Number
        );
    }
}
