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
/// The file is read as <see cref="CsvInput"/> describes. Header names may be quoted and are matched ignoring case and
/// surrounding whitespace, so no two columns may share a name. Every row must have as many fields as the header. A feature
/// with the same value in every row is rejected: it carries no information and would make the least-squares and
/// maximum-likelihood fits undetermined.
/// </remarks>
public static class CsvTableLoader
{
    /// <summary>Reads a CSV file.</summary>
    /// <param name="path">The file's path, as the user gave it; messages repeat it as given.</param>
    /// <param name="targetColumn">The target column's name; every other column is a feature.</param>
    /// <param name="targetKind">What the target column must hold.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFileException">The file is missing or unreadable, or its content is not usable.</exception>
    public static FeatureTable LoadFile(string path, string targetColumn, TargetKind targetKind)
    {
        return CsvInput.ReadFile(path, reader => ReadTable(reader, path, targetColumn, targetKind));
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
        return CsvInput.Read(stream, source, reader => ReadTable(reader, source, targetColumn, targetKind));
    }

    private static FeatureTable ReadTable(CsvReader reader, string source, string targetColumn, TargetKind targetKind)
    {
        var header = CsvHeader.Read(reader, source, $"with the column '{targetColumn}'");
        CheckHeaderNames(header);
        int targetIndex = header.Find(targetColumn);
        string targetName = header.Names[targetIndex];
        int[] featureIndices = Enumerable.Range(0, header.Count).Where(index => index != targetIndex).ToArray();
        if (featureIndices.Length == 0)
        {
            string problem = $"the header names only the target '{targetName}'; no feature is left";
            throw new DataFileException(source, header.Line, null, problem);
        }

        var cells = new CsvCellReader(reader, source);
        var features = new List<double>();
        var targets = new List<double>();
        while (reader.Read())
        {
            cells.CheckFieldCount(header.Count);
            foreach (int index in featureIndices)
            {
                features.Add(cells.ReadNumber(index, header.Names[index]));
            }

            double target = cells.ReadNumber(targetIndex, targetName);
            if (targetKind == TargetKind.ZeroOrOne && target is not (0 or 1))
            {
                string problem = $"{CsvCellReader.Quote(reader.GetString(targetIndex))} is not a class; expected 0 or 1";
                throw new DataFileException(source, (int)reader.LineNumber, targetName, problem);
            }

            targets.Add(target);
        }

        header.RequireDataRows(targets.Count);
        string[] featureNames = featureIndices.Select(index => header.Names[index]).ToArray();
        CheckSpread(features, featureNames, source);
        if (targetKind == TargetKind.ZeroOrOne)
        {
            CheckBothClasses(targets, source, targetName);
        }

        return new FeatureTable(source, [.. featureNames], targetName, [.. features], [.. targets]);
    }

    // Every column is used, as a feature or the target, so two columns whose names differ only in case would leave it unclear
    // which one --target means, and reports would show the same name twice.
    private static void CheckHeaderNames(CsvHeader header)
    {
        ImmutableArray<string> names = header.Names;
        for (int field = 0; field < names.Length; field++)
        {
            if (names[field].Length == 0)
            {
                string problem = $"field {field + 1} of the header is empty; every column needs a name";
                throw new DataFileException(header.Source, header.Line, null, problem);
            }

            string name = names[field];
            int earlier = names.IndexOf(name, 0, field, StringComparer.OrdinalIgnoreCase);
            if (earlier >= 0)
            {
                string problem = $"the header names this column twice, as fields {earlier + 1} and {field + 1}; rename one";
                throw new DataFileException(header.Source, header.Line, name, problem);
            }
        }
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
