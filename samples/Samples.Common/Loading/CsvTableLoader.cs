using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;

namespace Samples.Common.Loading;

/// <summary>
/// Reads a comma-separated file with a header row into a <see cref="FeatureTable"/>: one column, chosen by name, is the target
/// and every other column is a feature. Every problem becomes a <see cref="DataFileException"/> that names the file, the
/// 1-based line of the file and the column.
/// </summary>
/// <remarks>
/// Numbers are read in the invariant culture (a period for the decimal point, no thousands separators), so a file reads the
/// same on every machine. Header names may be quoted and are matched ignoring case and surrounding whitespace, so no two
/// columns may share a name. Every row must have as many fields as the header. Blank lines are skipped but still counted in
/// line numbers. A feature with the same value in every row is rejected: it carries no information and would make the
/// least-squares and maximum-likelihood fits undetermined.
/// </remarks>
public static class CsvTableLoader
{
    private static readonly CsvReaderOptions ReaderOptions = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>Reads a CSV file.</summary>
    /// <param name="path">The file's path, as the user gave it; messages repeat it as given.</param>
    /// <param name="targetColumn">The target column's name; every other column is a feature.</param>
    /// <param name="targetKind">What the target column must hold.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFileException">The file is missing or unreadable, or its content is not usable.</exception>
    public static FeatureTable LoadFile(string path, string targetColumn, TargetKind targetKind)
    {
        using Stream stream = OpenFile(path);
        return Load(stream, path, targetColumn, targetKind);
    }

    /// <summary>Reads CSV text from a stream, UTF-8 unless a byte order mark says otherwise.</summary>
    /// <param name="stream">The CSV text; left open.</param>
    /// <param name="source">The name that messages give the data, usually its file path.</param>
    /// <param name="targetColumn">The target column's name; every other column is a feature.</param>
    /// <param name="targetKind">What the target column must hold.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFileException">The content is not usable.</exception>
    public static FeatureTable Load(Stream stream, string source, string targetColumn, TargetKind targetKind)
    {
        using CsvReader reader = CsvReader.Create(stream, ReaderOptions, leaveOpen: true);
        try
        {
            return ReadTable(reader, source, targetColumn, targetKind);
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

    private static FeatureTable ReadTable(CsvReader reader, string source, string targetColumn, TargetKind targetKind)
    {
        string[] headers = reader.Headers.Select(header => header.Trim()).ToArray();
        if (headers.Length == 0)
        {
            throw new DataFileException(source, 1, null, $"the file is empty; expected a header row with the column '{targetColumn}'");
        }

        // The header is the first line that is not blank; blank lines before it are rare but still count.
        int headerLine = (int)reader.LineNumber;
        CheckHeaderNames(headers, source, headerLine);
        int targetIndex = FindTarget(headers, source, headerLine, targetColumn);
        int[] featureIndices = Enumerable.Range(0, headers.Length).Where(index => index != targetIndex).ToArray();
        if (featureIndices.Length == 0)
        {
            string problem = $"the header names only the target '{headers[targetIndex]}'; no feature is left";
            throw new DataFileException(source, headerLine, null, problem);
        }

        var cells = new CsvCellReader(reader, source);
        var features = new List<double>();
        var targets = new List<double>();
        while (reader.Read())
        {
            cells.CheckFieldCount(headers.Length);
            foreach (int index in featureIndices)
            {
                features.Add(cells.ReadNumber(index, headers[index]));
            }

            double target = cells.ReadNumber(targetIndex, headers[targetIndex]);
            if (targetKind == TargetKind.ZeroOrOne && target is not (0 or 1))
            {
                string problem = $"{CsvCellReader.Quote(reader.GetString(targetIndex))} is not a class; expected 0 or 1";
                throw new DataFileException(source, (int)reader.LineNumber, headers[targetIndex], problem);
            }

            targets.Add(target);
        }

        if (targets.Count == 0)
        {
            throw new DataFileException(source, headerLine + 1, null, "there are no data rows after the header");
        }

        string[] featureNames = featureIndices.Select(index => headers[index]).ToArray();
        CheckSpread(features, featureNames, source);
        if (targetKind == TargetKind.ZeroOrOne)
        {
            CheckBothClasses(targets, source, headers[targetIndex]);
        }

        return new FeatureTable(source, [.. featureNames], headers[targetIndex], [.. features], [.. targets]);
    }

    // Every column is used, as a feature or the target, so two columns whose names differ only in case would leave it unclear
    // which one --target means, and reports would show the same name twice.
    private static void CheckHeaderNames(string[] headers, string source, int headerLine)
    {
        for (int field = 0; field < headers.Length; field++)
        {
            if (headers[field].Length == 0)
            {
                string problem = $"field {field + 1} of the header is empty; every column needs a name";
                throw new DataFileException(source, headerLine, null, problem);
            }

            string name = headers[field];
            int earlier = Array.FindIndex(headers, 0, field, other => string.Equals(other, name, StringComparison.OrdinalIgnoreCase));
            if (earlier >= 0)
            {
                string problem = $"the header names this column twice, as fields {earlier + 1} and {field + 1}; rename one";
                throw new DataFileException(source, headerLine, headers[field], problem);
            }
        }
    }

    private static int FindTarget(string[] headers, string source, int headerLine, string targetColumn)
    {
        int index = Array.FindIndex(headers, name => string.Equals(name, targetColumn.Trim(), StringComparison.OrdinalIgnoreCase));
        if (index >= 0)
        {
            return index;
        }

        string available = string.Join(", ", headers.Select(header => $"'{header}'"));
        string hint = headers.Length == 1 ? "; the file must be comma-separated" : "";
        string problem = $"the header has no such column; its columns are {available}{hint}";
        throw new DataFileException(source, headerLine, targetColumn.Trim(), problem);
    }

    private static void CheckSpread(List<double> features, string[] featureNames, string source)
    {
        int featureCount = featureNames.Length;
        for (int column = 0; column < featureCount; column++)
        {
            double first = features[column];
            bool varies = false;
            for (int index = column + featureCount; index < features.Count && !varies; index += featureCount)
            {
                varies = features[index] != first;
            }

            if (!varies)
            {
                string problem = string.Create(
                    CultureInfo.InvariantCulture,
                    $"every row has the value {first}, so the feature says nothing about the target and no fit is determined; remove it"
                );
                throw new DataFileException(source, null, featureNames[column], problem);
            }
        }
    }

    private static void CheckBothClasses(List<double> targets, string source, string targetName)
    {
        if (targets.All(target => target == targets[0]))
        {
            string problem = string.Create(
                CultureInfo.InvariantCulture,
                $"every row has the class {targets[0]}; both classes, 0 and 1, must occur"
            );
            throw new DataFileException(source, null, targetName, problem);
        }
    }
}
