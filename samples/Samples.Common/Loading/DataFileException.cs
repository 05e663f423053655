using System;
using System.Globalization;
using System.Text;

namespace Samples.Common.Loading;

/// <summary>
/// A data file that cannot be used: missing, unreadable, without the named columns, or with a cell that is not what the
/// sample needs. The message is one line that names the file and, where they are known, the line and the column.
/// </summary>
public sealed class DataFileException : Exception
{
    /// <summary>Creates the exception for a problem at an optional line and column of a file.</summary>
    /// <param name="filePath">The file as the user named it, or the name of the embedded data.</param>
    /// <param name="lineNumber">The 1-based line of the file where the problem is, or <see langword="null"/> for the whole file.</param>
    /// <param name="columnName">The column at fault, or <see langword="null"/> when no single column is.</param>
    /// <param name="problem">What is wrong, as a lower-case phrase without a final period.</param>
    /// <param name="innerException">The exception that revealed the problem, if any.</param>
    public DataFileException(string filePath, int? lineNumber, string? columnName, string problem, Exception? innerException = null)
        : base(FormatMessage(filePath, lineNumber, columnName, problem), innerException)
    {
        FilePath = filePath;
        LineNumber = lineNumber;
        ColumnName = columnName;
        Problem = problem;
    }

    /// <summary>The file as the user named it, or the name of the embedded data.</summary>
    public string FilePath { get; }

    /// <summary>The 1-based line of the file where the problem is, counting the header and blank lines; null for the whole file.</summary>
    public int? LineNumber { get; }

    /// <summary>The column at fault, or <see langword="null"/> when no single column is.</summary>
    public string? ColumnName { get; }

    /// <summary>What is wrong, without the file, line and column.</summary>
    public string Problem { get; }

    private static string FormatMessage(string filePath, int? lineNumber, string? columnName, string problem)
    {
        var message = new StringBuilder(filePath);
        if (lineNumber is int line)
        {
            message.Append(CultureInfo.InvariantCulture, $", line {line}");
        }

        if (columnName is not null)
        {
            message.Append(CultureInfo.InvariantCulture, $", column '{columnName}'");
        }

        message.Append(": ").Append(problem);

        // The command line prints the message as one line, so a line break in a quoted cell must not split it.
        return message.Replace('\r', ' ').Replace('\n', ' ').ToString();
    }
}
