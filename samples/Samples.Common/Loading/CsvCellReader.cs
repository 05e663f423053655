using System.Globalization;
using CsvHelper;

namespace Samples.Common.Loading;

/// <summary>Reads cells of a CSV reader's current row as finite numbers, or says exactly which cell is not one.</summary>
/// <param name="reader">The reader, positioned on a data row.</param>
/// <param name="source">The name that messages give the data.</param>
public readonly struct CsvCellReader(CsvReader reader, string source)
{
    // The longest cell text quoted back in a message; a cell is rarely longer unless the wrong column or file was chosen.
    private const int MaxQuotedCellLength = 40;

    /// <summary>
    /// Fails unless the row has as many fields as the header: a row with more or fewer has lost or gained a separator, so its
    /// cells may sit under the wrong column names even where every cell reads as a number.
    /// </summary>
    public void CheckFieldCount(int headerCount)
    {
        if (reader.FieldCount != headerCount)
        {
            string problem = $"the row has {Count(reader.FieldCount, "field")} but the header has {Count(headerCount, "column")}";
            throw new DataFileException(source, (int)reader.LineNumber, null, problem);
        }
    }

    /// <summary>The cell in the given field as a finite number.</summary>
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

    /// <summary>A cell's text in quotes for a message, shortened if it is long.</summary>
    public static string Quote(string cell)
    {
        string shown = cell.Length <= MaxQuotedCellLength ? cell : cell[..MaxQuotedCellLength] + "…";
        return $"'{shown}'";
    }

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");
}
