using System.Collections.Immutable;
using System.IO;
using CsvHelper;
using Samples.Common.Loading;

namespace HousePrices.Loading;

/// <summary>
/// Reads two numeric columns, chosen by header name, from a comma-separated file with a header row. Every problem becomes a
/// <see cref="DataFileException"/> that names the file, the 1-based line of the file and the column.
/// </summary>
/// <remarks>
/// The file is read as <see cref="CsvInput"/> describes. Header names may be quoted and are matched ignoring case and
/// surrounding whitespace, so a chosen column may appear only once in the header; the columns that are not chosen may share
/// names. Every row must have as many fields as the header.
/// </remarks>
public static class CsvDataLoader
{
    /// <summary>Reads two columns of a CSV file.</summary>
    /// <param name="path">The file's path, as the user gave it; messages repeat it as given.</param>
    /// <param name="xColumn">The feature column's name.</param>
    /// <param name="yColumn">The target column's name.</param>
    /// <returns>The two columns, one finite value per data row.</returns>
    /// <exception cref="DataFileException">The file is missing or unreadable, or its content is not usable.</exception>
    public static DataSet LoadFile(string path, string xColumn, string yColumn)
    {
        return CsvInput.ReadFile(path, reader => ReadColumns(reader, path, xColumn, yColumn));
    }

    /// <summary>Reads two columns of CSV text from a stream, UTF-8 unless a byte order mark says otherwise.</summary>
    /// <param name="stream">The CSV text; left open.</param>
    /// <param name="source">The name that messages give the data, usually its file path.</param>
    /// <param name="xColumn">The feature column's name.</param>
    /// <param name="yColumn">The target column's name.</param>
    /// <returns>The two columns, one finite value per data row.</returns>
    /// <exception cref="DataFileException">The content is not usable.</exception>
    public static DataSet Load(Stream stream, string source, string xColumn, string yColumn)
    {
        return CsvInput.Read(stream, source, reader => ReadColumns(reader, source, xColumn, yColumn));
    }

    private static DataSet ReadColumns(CsvReader reader, string source, string xColumn, string yColumn)
    {
        var header = CsvHeader.Read(reader, source, $"naming the columns '{xColumn}' and '{yColumn}'");
        int xIndex = header.Find(xColumn);
        int yIndex = header.Find(yColumn);
        string xName = header.Names[xIndex];
        string yName = header.Names[yIndex];

        var cells = new CsvCellReader(reader, source);
        ImmutableArray<double>.Builder xs = ImmutableArray.CreateBuilder<double>();
        ImmutableArray<double>.Builder ys = ImmutableArray.CreateBuilder<double>();
        while (reader.Read())
        {
            cells.CheckFieldCount(header.Count);
            xs.Add(cells.ReadNumber(xIndex, xName));
            ys.Add(cells.ReadNumber(yIndex, yName));
        }

        header.RequireDataRows(xs.Count);
        return new DataSet(source, xName, yName, xs.ToImmutable(), ys.ToImmutable());
    }
}
