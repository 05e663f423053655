using System;
using System.IO;
using System.Text.Json;
using HousePrices.Commands;
using Xunit;
using static HousePrices.Tests.ProgramRun;

namespace HousePrices.Tests;

/// <summary>The whole program through <see cref="Program.Run(string[], TextWriter, TextWriter)"/>, as a script would run it.</summary>
public sealed class ProgramTests
{
    [Fact]
    public void DefaultRunPrintsProgressTheFittedLineAndTheClosedFormInPlainText()
    {
        (int exitCode, string output, string error) = Run();

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", error);
        Assert.Contains("Fitting medv from rm: 506 rows of boston-rooms-price.csv (embedded)", output);
        Assert.Contains("  epoch   1/200  starts at loss 592.14692", output);
        Assert.Contains("  epoch 200/200  starts at loss 43.600552", output);
        Assert.Contains("Fitted line: medv = 9.102109 × rm - 34.670621", output);
        Assert.Matches(@"Training took \d+(\.\d+)? ms", output);
        Assert.Matches(@"\| slope \(w\) +\| +9\.102109 \| +9\.102109 \|", output);
        Assert.Matches(@"\| intercept \(b\) +\| +-34\.670621 \| +-34\.670621 \|", output);
        Assert.Matches(@"\| mean squared error +\| +43\.600552 \| +43\.600552 \|", output);
        Assert.Matches(
            @"\nReached the closed-form fit: largest relative difference \d(\.\d)?E-1\d, within the tolerance 1E-06\.\n$",
            output
        );
        Assert.DoesNotContain("Warning", output);

        // Redirected output carries no colour or cursor codes.
        Assert.DoesNotContain('\u001b', output);
    }

    [Fact]
    public void JsonRunPrintsOnlyOneObjectWithTheTrainedAndClosedFormLines()
    {
        (int exitCode, string output, string error) = Run("--json");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", error);
        using JsonDocument document = JsonDocument.Parse(output);
        JsonElement root = document.RootElement;
        Assert.Equal(9.102109, root.GetProperty("weight").GetDouble(), 5e-7);
        Assert.Equal(-34.670621, root.GetProperty("bias").GetDouble(), 5e-7);
        Assert.Equal(43.60055, root.GetProperty("loss").GetDouble(), 5e-6);
        Assert.Equal(200, root.GetProperty("epochs").GetInt32());
        Assert.Equal(0.1, root.GetProperty("learningRate").GetDouble());
        Assert.Equal(9.102109, root.GetProperty("closedForm").GetProperty("weight").GetDouble(), 5e-7);
        Assert.Equal(-34.670621, root.GetProperty("closedForm").GetProperty("bias").GetDouble(), 5e-7);
        Assert.Equal(43.60055, root.GetProperty("closedForm").GetProperty("loss").GetDouble(), 5e-6);
        Assert.Equal(506, root.GetProperty("data").GetProperty("rows").GetInt32());
        Assert.True(root.GetProperty("reachedClosedForm").GetBoolean());
        Assert.InRange(root.GetProperty("largestRelativeDifference").GetDouble(), 0, 1e-12);
    }

    [Fact]
    public void ExplainRunPrintsTheWorkedExample()
    {
        (int exitCode, string output, string error) = Run("--explain");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", error);
        Assert.Contains("ŷ = (4.0, 5.5, 7.0)", output);
        Assert.Contains("W_new = 1.5 − 0.01 · (−9.667) = 1.597", output);
    }

    [Fact]
    public void DataFileWithOtherColumnsIsFittedByName()
    {
        using var file = new TemporaryCsvFile("size,Price\n1,3\n2,5\n4,9\n");

        (int exitCode, string output, _) = Run("--data", file.Path, "--x", "SIZE", "--y", "price", "--json");

        Assert.Equal(ExitCodes.Success, exitCode);
        using JsonDocument document = JsonDocument.Parse(output);
        Assert.Equal(2.0, document.RootElement.GetProperty("weight").GetDouble(), 1e-9);
        Assert.Equal(1.0, document.RootElement.GetProperty("bias").GetDouble(), 1e-9);
    }

    [Theory]
    [InlineData("", "line 1: the file is empty")]
    [InlineData("rm,medv\n", "line 2: there are no data rows after the header")]
    [InlineData("rm,price\n6.5,24\n", "line 1, column 'medv': the header has no such column")]
    [InlineData("rm,medv\n6.5,24\n7.1,abc\n", "line 3, column 'medv': 'abc' is not a number")]
    [InlineData("rm,medv\nNaN,24\n", "line 2, column 'rm': 'NaN' is not a finite number")]
    [InlineData("rm,medv\n6.5,24\n6.5,30\n", "column 'rm': every row has the same value")]
    [InlineData("rm,medv,RM\n6.5,24,1\n7,30,2\n", "line 1, column 'rm': the header names this column 2 times, as fields 1 and 3")]
    [InlineData("rm,medv\n6.5,24\n7.1,30,5\n", "line 3: the row has 3 fields but the header has 2 columns")]
    public void BadDataFileGivesOneLineNamingTheFileAndExitCodeTwo(string text, string problem)
    {
        using var file = new TemporaryCsvFile(text);

        (int exitCode, string output, string error) = Run("--data", file.Path);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith($"error: {file.Path}, {problem}", SingleLine(error));
    }

    [Fact]
    public void MissingDataFileGivesOneLineAndExitCodeTwo()
    {
        string path = Path.Combine(Path.GetTempPath(), $"no-such-file-{Guid.NewGuid():N}.csv");

        (int exitCode, _, string error) = Run("--data", path);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Equal($"error: {path}: the file does not exist", SingleLine(error));
    }

    [Theory]
    [InlineData("--epochs", "0", "error: --epochs must be greater than zero, not 0.")]
    [InlineData("--epochs", "many", "error: --epochs must be a whole number, not 'many'.")]
    [InlineData("--epochs", "99999999999", "error: --epochs is too large: it can be at most 2147483647, not 99999999999.")]
    [InlineData("--epochs", "-99999999999", "error: --epochs must be greater than zero, not -99999999999.")]
    [InlineData("--learning-rate", "-0.1", "error: --learning-rate must be greater than zero, not -0.1.")]
    [InlineData("--learning-rate", "fast", "error: --learning-rate must be a number such as 0.1, not 'fast'.")]
    [InlineData("--x", " ", "error: --x must name a column.")]
    public void InvalidOptionValueGivesOneLineAndExitCodeTwo(string option, string value, string message)
    {
        (int exitCode, string output, string error) = Run(option, value);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith(message, SingleLine(error));
    }

    [Fact]
    public void JsonAndExplainTogetherAreRejected()
    {
        (int exitCode, _, string error) = Run("--json", "--explain");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.StartsWith("error: --json and --explain cannot be used together", SingleLine(error));
    }

    [Fact]
    public void RequireClosedFormAndExplainTogetherAreRejected()
    {
        (int exitCode, _, string error) = Run("--explain", "--require-closed-form");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.StartsWith("error: --require-closed-form and --explain cannot be used together", SingleLine(error));
    }

    [Theory]
    [InlineData("--data", "houses.csv")]
    [InlineData("--x", "rm")]
    [InlineData("--y", "medv")]
    [InlineData("--epochs", "10")]
    [InlineData("--learning-rate", "0.5")]
    public void FittingOptionsBesideExplainAreRejectedRatherThanIgnored(string option, string value)
    {
        (int exitCode, string output, string error) = Run("--explain", option, value);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith($"error: {option} and --explain cannot be used together: the worked example fits no data.", SingleLine(error));
    }

    [Fact]
    public void DivergingRunStopsAndSuggestsASmallerLearningRate()
    {
        (int exitCode, string output, string error) = Run("--learning-rate", "10", "--json");

        Assert.Equal(ExitCodes.TrainingDiverged, exitCode);
        Assert.Equal("", output);
        Assert.Matches(
            @"^error: training diverged: the loss became Infinity at epoch \d+ with learning rate 10; try a smaller --learning-rate",
            SingleLine(error)
        );
    }
}
