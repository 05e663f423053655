using System;
using System.Linq;
using Samples.Common.Loading;
using Xunit;

namespace Samples.Tests.Common;

public sealed class CsvTableLoaderTests
{
    [Fact]
    public void ReadsEveryOtherColumnAsAFeatureRowMajorAndMatchesTheTargetIgnoringCase()
    {
        using var file = new TemporaryCsvFile("\"a\",\"Y\",\"b\"\n1,10,2\n\n3,20,5\n");

        FeatureTable table = CsvTableLoader.LoadFile(file.Path, " y ", TargetKind.Number);

        Assert.Equal(["a", "b"], table.FeatureNames.ToArray());
        Assert.Equal("Y", table.TargetName);
        Assert.Equal([1.0, 2.0, 3.0, 5.0], table.Features.ToArray());
        Assert.Equal([10.0, 20.0], table.Targets.ToArray());
        Assert.Equal(5.0, table.Feature(1, 1));
    }

    [Fact]
    public void MissingTargetIsNamedWithTheHeaderLineAndTheColumnsThereAre()
    {
        using var file = new TemporaryCsvFile("a,b\n1,2\n");

        DataFileException exception = Assert.Throws<DataFileException>(() => CsvTableLoader.LoadFile(file.Path, "y", TargetKind.Number));

        Assert.Equal($"{file.Path}, line 1, column 'y': the header has no such column; its columns are 'a', 'b'", exception.Message);
    }

    [Fact]
    public void NonNumericCellIsNamedByItsLineInTheFileAndItsColumn()
    {
        // Line 4 of the file: the blank line 3 is skipped as data but still counted.
        using var file = new TemporaryCsvFile("a,b,y\n1,2,3\n\n4,five,6\n");

        DataFileException exception = Assert.Throws<DataFileException>(() => CsvTableLoader.LoadFile(file.Path, "y", TargetKind.Number));

        Assert.Equal(4, exception.LineNumber);
        Assert.Equal("b", exception.ColumnName);
        Assert.Equal($"{file.Path}, line 4, column 'b': 'five' is not a number", exception.Message);
    }

    [Theory]
    [InlineData("a,y\n1,0\n2,\n", "line 3, column 'y': the cell is empty; expected a number")]
    [InlineData("a,y\n1,0\n2,1,7\n", "line 3: the row has 3 fields but the header has 2 columns")]
    [InlineData("a,y\n1,0\n2,NaN\n", "line 3, column 'y': 'NaN' is not a finite number")]
    [InlineData("a,y\n1,0\n2,2\n", "line 3, column 'y': '2' is not a class; expected 0 or 1")]
    [InlineData("a,y\n1,1\n2,1\n", "column 'y': every row has the class 1; both classes, 0 and 1, must occur")]
    [InlineData("a,b,y\n1,7,0\n2,7,1\n", "column 'b': every row has the value 7, so the feature says nothing about the target")]
    [InlineData("a,A,y\n1,2,0\n", "line 1, column 'A': the header names this column twice, as fields 1 and 2; rename one")]
    [InlineData("a,,y\n1,2,0\n", "line 1: field 2 of the header is empty; every column needs a name")]
    [InlineData("y\n1\n", "line 1: the header names only the target 'y'; no feature is left")]
    [InlineData("a,y\n", "line 2: there are no data rows after the header")]
    [InlineData("", "line 1: the file is empty; expected a header row with the column 'y'")]
    public void UnusableContentIsOneLineNamingWhereItIs(string text, string expectedProblem)
    {
        using var file = new TemporaryCsvFile(text);

        DataFileException exception = Assert.Throws<DataFileException>(() => CsvTableLoader.LoadFile(file.Path, "y", TargetKind.ZeroOrOne));

        Assert.StartsWith($"{file.Path}, {expectedProblem}", exception.Message);
        Assert.DoesNotContain('\n', exception.Message);
    }

    [Fact]
    public void MissingFileIsNamed()
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"no-such-file-{Guid.NewGuid():N}.csv");

        DataFileException exception = Assert.Throws<DataFileException>(() => CsvTableLoader.LoadFile(path, "y", TargetKind.Number));

        Assert.Equal($"{path}: the file does not exist", exception.Message);
    }
}
