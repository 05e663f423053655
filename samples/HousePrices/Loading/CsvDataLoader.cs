using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;

namespace HousePrices.Loading;

/// <summary>
/// Reads two numeric columns, chosen by header name, from a comma-separated file with a header row. Every problem becomes a
/// <see cref="DataFileException"/> that names the file, the 1-based line of the file and the column.
/// </summary>
/// <remarks>
/// Numbers are read in the invariant culture (a period for the decimal point, no thousands separators), so a file reads the
/// same on every machine. Header names may be quoted and are matched ignoring case and surrounding whitespace, so a chosen
/// column may appear only once in the header. Every row must have as many fields as the header. Blank lines are skipped but
/// still counted in line numbers.
/// </remarks>
public static class CsvDataLoader
{
    // The longest cell text quoted back in a message; a cell is rarely longer unless the wrong column or file was chosen.
    private const int MaxQuotedCellLength = 40;

    private static readonly CsvReaderOptions ReaderOptions = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>Reads two columns of a CSV file.</summary>
    /// <param name="path">The file's path, as the user gave it; messages repeat it as given.</param>
    /// <param name="xColumn">The feature column's name.</param>
    /// <param name="yColumn">The target column's name.</param>
    /// <returns>The two columns, one finite value per data row.</returns>
    /// <exception cref="DataFileException">The file is missing or unreadable, or its content is not usable.</exception>
    public static DataSet LoadFile(string path, string xColumn, string yColumn)
    {
        using Stream stream = OpenFile(path);
        return Load(stream, path, xColumn, yColumn);
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
        using CsvReader reader = CsvReader.Create(stream, ReaderOptions, leaveOpen: true);
        try
        {
            return ReadColumns(reader, source, xColumn, yColumn);
        }
        catch (CsvFormatException exception)
        {
            int? line = exception.LineNumber > 0 ? (int)exception.LineNumber : null;
            throw new DataFileException(source, line, null, $"the file is not valid CSV: {exception.Message}", exception);
        }
    }

    private static Stream OpenFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new DataFileException(path, null, null, "this is a folder, not a CSV file");
        }

        try
        {
            return File.OpenRead(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DataFileException(path, null, null, "the file does not exist", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new DataFileException(path, null, null, $"the file cannot be read: {exception.Message}", exception);
        }
    }

    private static DataSet ReadColumns(CsvReader reader, string source, string xColumn, string yColumn)
    {
        IReadOnlyList<string> headers = reader.Headers;
        if (headers.Count == 0)
        {
            throw new DataFileException(
                source,
                1,
                null,
                $"the file is empty; expected a header row naming the columns '{xColumn}' and '{yColumn}'"
            );
        }

        // The header is the first line that is not blank; blank lines before it are rare but still count.
        int headerLine = (int)reader.LineNumber;
        int xIndex = FindColumn(reader, headers, source, headerLine, xColumn);
        int yIndex = FindColumn(reader, headers, source, headerLine, yColumn);
        string xName = headers[xIndex].Trim();
        string yName = headers[yIndex].Trim();
        var column = new ColumnReader(reader, source);

        ImmutableArray<double>.Builder xs = ImmutableArray.CreateBuilder<double>();
        ImmutableArray<double>.Builder ys = ImmutableArray.CreateBuilder<double>();
        while (reader.Read())
        {
            column.CheckFieldCount(headers.Count);
            xs.Add(column.ReadNumber(xIndex, xName));
            ys.Add(column.ReadNumber(yIndex, yName));
        }

        if (xs.Count == 0)
        {
            throw new DataFileException(source, headerLine + 1, null, "there are no data rows after the header");
        }

        return new DataSet(source, xName, yName, xs.ToImmutable(), ys.ToImmutable());
    }

    private static int FindColumn(CsvReader reader, IReadOnlyList<string> headers, string source, int headerLine, string name)
    {
        if (reader.TryGetFieldIndex(name, out int index))
        {
            ThrowIfNamedTwice(headers, source, headerLine, name);
            return index;
        }

        string available = string.Join(", ", headers.Select(header => $"'{header.Trim()}'"));
        string hint = headers.Count == 1 ? "; the file must be comma-separated" : "";
        throw new DataFileException(source, headerLine, name, $"the header has no such column; its columns are {available}{hint}");
    }

    // CsvHelper would take an exact match over one that differs in case, but the sample promises to match ignoring case, so two
    // such columns leave it unclear which one the user meant.
    private static void ThrowIfNamedTwice(IReadOnlyList<string> headers, string source, int headerLine, string name)
    {
        int[] fields = Enumerable
            .Range(0, headers.Count)
            .Where(i => string.Equals(headers[i].Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(i => i + 1)
            .ToArray();
        if (fields.Length > 1)
        {
            string positions = string.Join(", ", fields[..^1]) + " and " + fields[^1];
            string problem = $"the header names this column {fields.Length} times, as fields {positions}; rename all but one";
            throw new DataFileException(source, headerLine, name.Trim(), problem);
        }
    }

    /// <summary>Reads cells of the reader's current row as finite numbers, or says exactly which cell is not one.</summary>
    private readonly struct ColumnReader(CsvReader reader, string source)
    {
        // A row with more or fewer fields than the header has lost or gained a separator, so its cells may sit under the
        // wrong column names even where both chosen columns can be read.
        public void CheckFieldCount(int headerCount)
        {
            if (reader.FieldCount != headerCount)
            {
                string problem = $"the row has {Count(reader.FieldCount, "field")} but the header has {Count(headerCount, "column")}";
                throw new DataFileException(source, (int)reader.LineNumber, null, problem);
            }
        }

        public double ReadNumber(int index, string columnName)
        {
            int line = (int)reader.LineNumber;
            string cell = reader.GetString(index);
            if (string.IsNullOrWhiteSpace(cell))
            {
                throw new DataFileException(source, line, columnName, "the cell is empty; expected a number");
            }

            if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            {
                throw new DataFileException(source, line, columnName, $"{Quote(cell)} is not a number");
            }

            if (!double.IsFinite(value))
            {
                throw new DataFileException(source, line, columnName, $"{Quote(cell)} is not a finite number");
            }

            return value;
        }

        private static string Count(int count, string noun) =>
            count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");

        private static string Quote(string cell)
        {
            string shown = cell.Length <= MaxQuotedCellLength ? cell : cell[..MaxQuotedCellLength] + "…";
            return $"'{shown}'";
        }
    }
}
