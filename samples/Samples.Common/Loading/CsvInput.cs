using System;
using System.Globalization;
using System.IO;
using CsvHelper;

namespace Samples.Common.Loading;

/// <summary>
/// Opens comma-separated text for the loaders and turns what goes wrong in doing so into a <see cref="DataFileException"/>:
/// a missing or unreadable file, and text that is not valid CSV.
/// </summary>
/// <remarks>
/// Every loader reads with the same options: a comma between fields, a header row, line numbers tracked so that messages can
/// name them, and numbers in the invariant culture (a period for the decimal point, no thousands separators), so a file reads
/// the same on every machine. Blank lines are skipped by the reader but still counted in line numbers.
/// </remarks>
public static class CsvInput
{
    private static readonly CsvReaderOptions ReaderOptions = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>Reads a CSV file.</summary>
    /// <typeparam name="T">What the loader makes of the rows.</typeparam>
    /// <param name="path">The file's path, as the user gave it; messages repeat it as given.</param>
    /// <param name="readRows">Reads the header and the rows, given a reader that has not yet been asked for either.</param>
    /// <returns>What <paramref name="readRows"/> returns.</returns>
    /// <exception cref="DataFileException">
    /// The path is a folder, the file does not exist or cannot be read, it is not valid CSV, or <paramref name="readRows"/> found
    /// it unusable.
    /// </exception>
    public static T ReadFile<T>(string path, Func<CsvReader, T> readRows)
    {
        using Stream stream = OpenFile(path);
        return Read(stream, path, readRows);
    }

    /// <summary>Reads CSV text from a stream, UTF-8 unless a byte order mark says otherwise.</summary>
    /// <typeparam name="T">What the loader makes of the rows.</typeparam>
    /// <param name="stream">The CSV text; left open.</param>
    /// <param name="source">The name that messages give the data, usually its file path.</param>
    /// <param name="readRows">Reads the header and the rows, given a reader that has not yet been asked for either.</param>
    /// <returns>What <paramref name="readRows"/> returns.</returns>
    /// <exception cref="DataFileException">The text is not valid CSV, or <paramref name="readRows"/> found it unusable.</exception>
    public static T Read<T>(Stream stream, string source, Func<CsvReader, T> readRows)
    {
        using CsvReader reader = CsvReader.Create(stream, ReaderOptions, leaveOpen: true);
        try
        {
            return readRows(reader);
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
}
