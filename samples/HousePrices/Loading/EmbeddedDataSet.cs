using System.IO;
using Samples.Common.Loading;

namespace HousePrices.Loading;

/// <summary>The Boston rooms-and-prices data that ships inside the assembly (see Data/README.md for its provenance).</summary>
public static class EmbeddedDataSet
{
    /// <summary>The name that messages and reports give the embedded data in place of a file path.</summary>
    public const string DisplayName = "boston-rooms-price.csv (embedded)";

    /// <summary>The default feature column: average rooms per dwelling.</summary>
    public const string DefaultXColumn = "rm";

    /// <summary>The default target column: median home value in $1000s.</summary>
    public const string DefaultYColumn = "medv";

    private const string ResourceName = "HousePrices.Data.boston-rooms-price.csv";

    /// <summary>Reads two columns of the embedded data.</summary>
    /// <param name="xColumn">The feature column's name, matched ignoring case.</param>
    /// <param name="yColumn">The target column's name, matched ignoring case.</param>
    /// <returns>The two columns.</returns>
    /// <exception cref="DataFileException">A column does not exist in the embedded data.</exception>
    public static DataSet Load(string xColumn = DefaultXColumn, string yColumn = DefaultYColumn)
    {
        using Stream stream = EmbeddedCsv.Open(typeof(EmbeddedDataSet).Assembly, ResourceName);
        return CsvDataLoader.Load(stream, DisplayName, xColumn, yColumn);
    }
}
