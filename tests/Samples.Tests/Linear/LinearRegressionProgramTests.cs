using System.Text.Json;
using Samples.Common.Commands;
using Xunit;
using static Samples.Tests.ProgramRun;

namespace Samples.Tests.Linear;

public sealed class LinearRegressionProgramTests
{
    [Fact]
    public void DefaultRunPrintsProgressBothFitsAndTheVerdictInPlainText()
    {
        (int exitCode, string output, string error) = Run(LinearRegression.Program.Run);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", error);
        Assert.Contains("Fitting progression from 10 features (age, sex, bmi, bp, s1, s2, s3, s4, s5, s6):", output);
        Assert.Contains("442 rows of diabetes-progression.csv (embedded)", output);
        Assert.Contains("  epoch    1/1000  starts at loss 29074.482", output);
        Assert.Contains("  epoch 1000/1000  starts at loss 2859.6963", output);
        Assert.Matches(@"\| weight s5 +\| +68\.48312496 \| +68\.48312496 \|", output);
        Assert.Matches(@"\| intercept +\| +-334\.5671385 \| +-334\.5671385 \|", output);
        Assert.Matches(@"\| mean squared error +\| +2859\.696348 \| +2859\.696348 \|", output);
        Assert.Matches(
            @"\nReached the least-squares fit: largest relative difference \d(\.\d)?E-1\d \(\w+\), within the tolerance 1E-06\.\n$",
            output
        );
        Assert.DoesNotContain('\u001b', output);
    }

    [Fact]
    public void JsonRunPrintsOnlyOneObjectWithBothFits()
    {
        (int exitCode, string output, string error) = Run(LinearRegression.Program.Run, "--json", "--epochs", "1500");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", error);
        using JsonDocument document = JsonDocument.Parse(output);
        JsonElement root = document.RootElement;
        Assert.Equal(1500, root.GetProperty("epochs").GetInt32());
        Assert.Equal(442, root.GetProperty("rows").GetInt32());
        Assert.Equal(5.6029620919237, root.GetProperty("trained").GetProperty("weights").GetProperty("bmi").GetDouble(), 1e-11);
        Assert.Equal(5.6029620919237, root.GetProperty("leastSquares").GetProperty("weights").GetProperty("bmi").GetDouble(), 1e-11);
        Assert.Equal(PublishedFit.MeanSquaredError, root.GetProperty("trained").GetProperty("meanSquaredError").GetDouble(), 1e-8);
        Assert.True(root.GetProperty("reachedLeastSquares").GetBoolean());
        Assert.InRange(root.GetProperty("largestRelativeDifference").GetDouble(), 0, 1e-12);
    }

    [Fact]
    public void ABadCellIsOneErrorLineNamingFileLineAndColumn()
    {
        using var file = new TemporaryCsvFile("x1,x2,y\n1,2,3\n2,1,4\n3,x,5\n");

        (int exitCode, string output, string error) = Run(LinearRegression.Program.Run, "--data", file.Path, "--target", "y");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Equal("", output);
        Assert.Equal($"error: {file.Path}, line 4, column 'x2': 'x' is not a number", SingleLine(error));
    }

    [Fact]
    public void AnotherFileIsFittedByItsTargetColumn()
    {
        // y = 1 + 2·a − b exactly.
        using var file = new TemporaryCsvFile("a,Y,b\n0,0,1\n1,4,-1\n2,3,2\n3,8,-1\n");

        (int exitCode, string output, _) = Run(LinearRegression.Program.Run, "--data", file.Path, "--target", "y", "--json");

        Assert.Equal(ExitCodes.Success, exitCode);
        JsonElement weights = JsonDocument.Parse(output).RootElement.GetProperty("trained").GetProperty("weights");
        Assert.Equal(2, weights.GetProperty("a").GetDouble(), 1e-9);
        Assert.Equal(-1, weights.GetProperty("b").GetDouble(), 1e-9);
    }

    [Fact]
    public void DivergenceIsOneErrorLineWithExitCodeOne()
    {
        (int exitCode, _, string error) = Run(LinearRegression.Program.Run, "--learning-rate", "5");

        Assert.Equal(ExitCodes.TrainingDiverged, exitCode);
        Assert.Matches(
            @"^error: training diverged: the loss became (-?Infinity|NaN) at epoch \d+ with learning rate 5 and momentum 0\.9; "
                + @"try a smaller --learning-rate or --momentum, such as 0\.2 and 0\.9\.$",
            SingleLine(error)
        );
    }
}
