using System;
using System.Linq;
using HousePrices.Loading;
using Samples.Common.Loading;
using Xunit;

namespace HousePrices.Tests;

public sealed class CsvDataLoaderTests
{
    [Fact]
    public void ReadsQuotedHeadersIgnoringCaseAndKeepsTheFilesSpelling()
    {
        using var file = new TemporaryCsvFile("\"RM\",\"Medv\"\n6.5,24\n\n7.25,-3e1\n");

        DataSet data = CsvDataLoader.LoadFile(file.Path, "rm", "MEDV");

        Assert.Equal("RM", data.XColumn);
        Assert.Equal("Medv", data.YColumn);
        Assert.Equal(file.Path, data.Source);
        Assert.Equal([6.5, 7.25], data.X.ToArray());
        Assert.Equal([24.0, -30.0], data.Y.ToArray());
    }

    [Fact]
    public void MissingFileIsNamed()
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"no-such-file-{Guid.NewGuid():N}.csv");

        DataFileException exception = Assert.Throws<DataFileException>(() => CsvDataLoader.LoadFile(path, "rm", "medv"));

        Assert.Equal(path, exception.FilePath);
        Assert.Null(exception.LineNumber);
        Assert.Equal($"{path}: the file does not exist", exception.Message);
    }

    [Fact]
    public void MissingColumnIsNamedWithTheHeaderLineAndTheColumnsThereAre()
    {
        using var file = new TemporaryCsvFile("rm,price\n6.5,24\n");

        DataFileException exception = Assert.Throws<DataFileException>(() => CsvDataLoader.LoadFile(file.Path, "rm", "medv"));

        Assert.Equal(1, exception.LineNumber);
        Assert.Equal("medv", exception.ColumnName);
        Assert.Equal(
            $"{file.Path}, line 1, column 'medv': the header has no such column; its columns are 'rm', 'price'",
            exception.Message
        );
    }

    [Fact]
    public void NonNumericCellIsNamedByItsLineInTheFileAndItsColumn()
    {
        // Line 4 of the file: the blank line 3 is skipped as data but still counted as a line.
        using var file = new TemporaryCsvFile("\"rm\",\"medv\"\n6.5,24\n\n7.1,twenty\n5.0,18\n");

        DataFileException exception = Assert.Throws<DataFileException>(() => CsvDataLoader.LoadFile(file.Path, "rm", "medv"));

        Assert.Equal(4, exception.LineNumber);
        Assert.Equal("medv", exception.ColumnName);
        Assert.Equal($"{file.Path}, line 4, column 'medv': 'twenty' is not a number", exception.Message);
    }

    [Fact]
    public void EmptyFileAsksForAHeaderRow()
    {
        using var file = new TemporaryCsvFile("");

        DataFileException exception = Assert.Throws<DataFileException>(() => CsvDataLoader.LoadFile(file.Path, "rm", "medv"));

        Assert.Equal(1, exception.LineNumber);
        Assert.Equal(
            $"{file.Path}, line 1: the file is empty; expected a header row naming the columns 'rm' and 'medv'",
            exception.Message
        );
    }

    [Fact]
    public void HeaderWithoutRowsSaysThereAreNoDataRows()
    {
        using var file = new TemporaryCsvFile("\"rm\",\"medv\"\n");

        DataFileException exception = Assert.Throws<DataFileException>(() => CsvDataLoader.LoadFile(file.Path, "rm", "medv"));

        Assert.Equal($"{file.Path}, line 2: there are no data rows after the header", exception.Message);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e400")]
    public void NonFiniteCellIsRejectedWithItsLineAndColumn(string cell)
    {
        using var file = new TemporaryCsvFile($"rm,medv\n6.5,24\n{cell},21\n");

        DataFileException exception = Assert.Throws<DataFileException>(() => CsvDataLoader.LoadFile(file.Path, "rm", "medv"));

        Assert.Equal(3, exception.LineNumber);
        Assert.Equal("rm", exception.ColumnName);
        Assert.Equal($"{file.Path}, line 3, column 'rm': '{cell}' is not a finite number", exception.Message);
    }

    [Fact]
    public void EmptyCellIsRejectedWithItsLineAndColumn()
    {
        using var file = new TemporaryCsvFile("rm,medv\n6.5,24\n7.1,\n");

        DataFileException exception = Assert.Throws<DataFileException>(() => CsvDataLoader.LoadFile(file.Path, "rm", "medv"));

        Assert.Equal($"{file.Path}, line 3, column 'medv': the cell is empty; expected a number", exception.Message);
    }

    [Theory]
    [InlineData("rm,medv\n6.5,24\n7.1,30,5\n", 3, "the row has 3 fields but the header has 2 columns")]
    [InlineData("rm,medv\n6.5,24,\n", 2, "the row has 3 fields but the header has 2 columns")]
    [InlineData("rm,medv\n6.5,24\n\n7.1\n", 4, "the row has 1 field but the header has 2 columns")]
    [InlineData("rm,medv,age\n6.5,24,65\n7.1,30\n", 3, "the row has 2 fields but the header has 3 columns")]
    public void RowWithADifferentNumberOfFieldsThanTheHeaderIsRejectedWithItsLine(string text, int line, string problem)
    {
        // A field more or less means a separator was lost or added, so the cells may sit under the wrong names.
        using var file = new TemporaryCsvFile(text);

        DataFileException exception = Assert.Throws<DataFileException>(() => CsvDataLoader.LoadFile(file.Path, "rm", "medv"));

        Assert.Equal(line, exception.LineNumber);
        Assert.Null(exception.ColumnName);
        Assert.Equal($"{file.Path}, line {line}: {problem}", exception.Message);
    }

    [Theory]
    [InlineData("rm,medv,rm\n6.5,24,1\n", "rm", "2 times, as fields 1 and 3")]
    [InlineData("\"RM\",medv, rm \n6.5,24,1\n", "rm", "2 times, as fields 1 and 3")]
    [InlineData("medv,rm,MEDV,Medv\n24,6.5,1,2\n", "medv", "3 times, as fields 1, 3 and 4")]
    public void ChosenColumnNamedMoreThanOnceIsRejectedAtTheHeaderLine(string text, string column, string times)
    {
        // Names match ignoring case and surrounding spaces, so each of these headers leaves it unclear which column is meant.
        using var file = new TemporaryCsvFile(text);

        DataFileException exception = Assert.Throws<DataFileException>(() => CsvDataLoader.LoadFile(file.Path, "rm", "medv"));

        string problem = $"the header names this column {times}; rename all but one";
        Assert.Equal($"{file.Path}, line 1, column '{column}': {problem}", exception.Message);
    }

    [Fact]
    public void RepeatedNameOfAColumnThatIsNotChosenIsAllowed()
    {
        using var file = new TemporaryCsvFile("note,rm,note,medv\na,6.5,b,24\n");

        DataSet data = CsvDataLoader.LoadFile(file.Path, "rm", "medv");

        Assert.Equal((6.5, 24.0), (data.X[0], data.Y[0]));
    }

    [Fact]
    public void LineBreakInAQuotedCellDoesNotSplitTheMessage()
    {
        using var file = new TemporaryCsvFile("rm,medv\n\"6\n5\",24\n");

        DataFileException exception = Assert.Throws<DataFileException>(() => CsvDataLoader.LoadFile(file.Path, "rm", "medv"));

        Assert.DoesNotContain('\n', exception.Message);
        Assert.Equal($"{file.Path}, line 2, column 'rm': '6 5' is not a number", exception.Message);
    }

    [Fact]
    public void EmbeddedDataHasTheBostonRoomsAndPrices()
    {
        DataSet data = EmbeddedDataSet.Load();

        Assert.Equal(506, data.Count);
        Assert.Equal(("rm", "medv"), (data.XColumn, data.YColumn));
        Assert.Equal((6.575, 24.0), (data.X[0], data.Y[0]));
        Assert.Equal((6.03, 11.9), (data.X[^1], data.Y[^1]));
    }
}
