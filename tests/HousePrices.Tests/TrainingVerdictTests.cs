using System.Text.Json;
using HousePrices.Commands;
using Xunit;
using static HousePrices.Tests.ProgramRun;

namespace HousePrices.Tests;

/// <summary>What the program says, and which exit code it gives, when training does or does not reach the closed-form fit.</summary>
public sealed class TrainingVerdictTests
{
    [Fact]
    public void RunThatStopsShortWarnsAfterTheTableAndSaysHowManyEpochsItNeeds()
    {
        (int exitCode, string output, string error) = Run("--epochs", "3");

        // Too few epochs is a choice, not a failure: the run reports and exits with success unless --require-closed-form is given.
        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", error);
        Assert.EndsWith(
            "+\nWarning: did not reach the closed-form fit: largest relative difference 3.3, above the tolerance 1E-06.\n"
                + "At learning rate 0.1 that takes about 62 epochs: try --epochs 62, or a --learning-rate nearer 0.5.\n",
            output
        );
        Assert.DoesNotContain("Reached", output);
    }

    [Fact]
    public void LearningRateOfOneWarnsThatOnlyASmallerRateHelps()
    {
        // At α = 1 every step lands as far beyond the minimum as it started before it: the loss neither falls nor grows.
        (int exitCode, string output, string error) = Run("--learning-rate", "1");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", error);
        Assert.Contains(
            "\nWarning: did not reach the closed-form fit: largest relative difference 13, above the tolerance 1E-06.\n",
            output
        );
        Assert.Contains(
            "\nAt learning rate 1 the steps overshoot the minimum and never settle: try a --learning-rate below 1, such as 0.1.\n",
            output
        );
    }

    [Fact]
    public void JsonSaysWhetherTheClosedFormWasReached()
    {
        (int exitCode, string output, _) = Run("--epochs", "3", "--json");

        Assert.Equal(ExitCodes.Success, exitCode);
        using JsonDocument document = JsonDocument.Parse(output);
        Assert.False(document.RootElement.GetProperty("reachedClosedForm").GetBoolean());
        Assert.Equal(3.298, document.RootElement.GetProperty("largestRelativeDifference").GetDouble(), 1e-3);
    }

    [Fact]
    public void RequireClosedFormFailsARunThatStopsShortWithExitCodeThreeAfterItsReport()
    {
        (int exitCode, string output, string error) = Run("--epochs", "61", "--json", "--require-closed-form");

        // 0.8⁶¹ ≈ 1.2·10⁻⁶ is just outside the tolerance; the JSON is still written so that a CI log shows how close it came.
        Assert.Equal(ExitCodes.ClosedFormNotReached, exitCode);
        using JsonDocument document = JsonDocument.Parse(output);
        Assert.False(document.RootElement.GetProperty("reachedClosedForm").GetBoolean());
        Assert.Equal(
            "error: did not reach the closed-form fit: largest relative difference 1.2E-06, above the tolerance 1E-06. "
                + "At learning rate 0.1 that takes about 62 epochs: try --epochs 62, or a --learning-rate nearer 0.5.",
            SingleLine(error)
        );
    }

    [Theory]
    [InlineData("--require-closed-form")]
    [InlineData("--require-closed-form", "--json")]
    [InlineData("--require-closed-form", "--epochs", "62")]
    public void RequireClosedFormPassesARunThatReachesIt(params string[] args)
    {
        (int exitCode, _, string error) = Run(args);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData("x,y\n1,2\n2,4\n3,6\n4,8\n")]
    [InlineData("x,y\n1,1\n2,2\n3,3\n4,2\n5,1\n")]
    [InlineData("x,y\n1,3\n2,3\n3,3\n")]
    public void LineWhoseClosedFormHasAZeroIsReachedDespiteRoundingInTheTrainedLine(string text)
    {
        // Through the origin (b = 0), no trend (w = 0), and a constant target (w = 0 and a zero error): dividing a rounding
        // difference of 10⁻¹⁷ by the exact zero would give a relative difference near 10³⁰⁰.
        using var file = new TemporaryCsvFile(text);

        (int exitCode, string output, string error) = Run("--data", file.Path, "--x", "x", "--y", "y", "--json", "--require-closed-form");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", error);
        using JsonDocument document = JsonDocument.Parse(output);
        Assert.True(document.RootElement.GetProperty("reachedClosedForm").GetBoolean());
    }

    [Fact]
    public void LossThatEndsAboveWhereItBeganIsDivergenceEvenWhileItIsFinite()
    {
        (int exitCode, string output, string error) = Run("--learning-rate", "1.5", "--json");

        Assert.Equal(ExitCodes.TrainingDiverged, exitCode);
        Assert.Equal("", output);
        Assert.Matches(
            @"^error: training diverged: the loss grew from 592\.14692 to \d\.\d+E\+12\d in 200 epochs with learning rate 1\.5; "
                + @"try a smaller --learning-rate, such as 0\.1\.$",
            SingleLine(error)
        );
    }
}
