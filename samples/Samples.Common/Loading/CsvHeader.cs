using System;
using System.Collections.Immutable;
using System.Linq;
using CsvHelper;

namespace Samples.Common.Loading;

/// <summary>
/// The header row of a CSV file: the column names with surrounding whitespace removed, and the line of the file they stand on.
/// Columns are found by name ignoring case and surrounding whitespace, so the name must be one column's alone.
/// </summary>
public sealed class CsvHeader
{
    private CsvHeader(string source, int line, ImmutableArray<string> names)
    {
        Source = source;
        Line = line;
        Names = names;
    }

    /// <summary>The name that messages give the data.</summary>
    public string Source { get; }

    /// <summary>The 1-based line of the file that holds the header.</summary>
    public int Line { get; }

    /// <summary>The column names as the file spells them, trimmed, in the file's order.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>The number of columns.</summary>
    public int Count => Names.Length;

    /// <summary>Reads the header row of a file that must have one.</summary>
    /// <param name="reader">A reader that has read nothing yet.</param>
    /// <param name="source">The name that messages give the data.</param>
    /// <param name="expectedColumns">
    /// What the header should name, as the end of the phrase "expected a header row …", for the message about an empty file.
    /// </param>
    /// <returns>The header.</returns>
    /// <exception cref="DataFileException">The file is empty.</exception>
    public static CsvHeader Read(CsvReader reader, string source, string expectedColumns)
    {
        ImmutableArray<string> names = [.. reader.Headers.Select(header => header.Trim())];
        if (names.Length == 0)
        {
            throw new DataFileException(source, 1, null, $"the file is empty; expected a header row {expectedColumns}");
        }

        // The header is the first line that is not blank; blank lines before it are rare but still count.
        return new CsvHeader(source, (int)reader.LineNumber, names);
    }

    /// <summary>The field of the one column with the given name, matched ignoring case and surrounding whitespace.</summary>
    /// <param name="name">The column's name, as the user gave it.</param>
    /// <returns>The 0-based field.</returns>
    /// <exception cref="DataFileException">No column has the name, or more than one has.</exception>
    public int Find(string name)
    {
        string wanted = name.Trim();
        int[] fields = Enumerable
            .Range(0, Names.Length)
            .Where(field => string.Equals(Names[field], wanted, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        if (fields.Length == 1)
        {
            return fields[0];
        }

        if (fields.Length == 0)
        {
            string available = string.Join(", ", Names.Select(header => $"'{header}'"));
            string hint = Names.Length == 1 ? "; the file must be comma-separated" : "";
            throw new DataFileException(Source, Line, wanted, $"the header has no such column; its columns are {available}{hint}");
        }

        // Two columns whose names differ only in case or spacing leave it unclear which one the user meant.
        string positions = string.Join(", ", fields[..^1].Select(field => field + 1)) + " and " + (fields[^1] + 1);
        string problem = $"the header names this column {fields.Length} times, as fields {positions}; rename all but one";
        throw new DataFileException(Source, Line, wanted, problem);
    }

    /// <summary>Fails unless at least one data row followed the header.</summary>
    /// <param name="rowCount">The number of data rows read.</param>
    /// <exception cref="DataFileException">There were none.</exception>
    public void RequireDataRows(int rowCount)
    {
        if (rowCount == 0)
        {
            throw new DataFileException(Source, Line + 1, null, "there are no data rows after the header");
        }
    }
}
