using System;
using System.IO;
using System.Text.Json;
using HousePrices.Commands;
using HousePrices.Plotting;
using Xunit;
using static HousePrices.Tests.ProgramRun;

namespace HousePrices.Tests;

/// <summary>The PNG plots, through the whole program: where they go, what they are, and a folder that cannot take them.</summary>
public sealed class PlotTests
{
    [Fact]
    public void JsonRunWritesBothPlotsAsPngImagesOfEightHundredByFiveHundredAndGivesTheirPaths()
    {
        using var folder = new TemporaryFolder();

        (int exitCode, string output, string error) = Run("--json", "--plots", folder.Path);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", error);
        using JsonDocument document = JsonDocument.Parse(output);
        JsonElement plots = document.RootElement.GetProperty("plots");
        Assert.Equal(Path.Combine(folder.Path, "loss.png"), plots.GetProperty("loss").GetString());
        Assert.Equal(Path.Combine(folder.Path, "fit.png"), plots.GetProperty("fit").GetString());
        foreach (string name in new[] { "loss.png", "fit.png" })
        {
            string path = Path.Combine(folder.Path, name);
            Assert.Equal((800, 500), PngFile.ReadSize(path));

            // A plot with its axes, labels and 506 points or 201 line segments compresses to well over 10 kB; a blank image
            // of this size compresses to about 2 kB.
            Assert.InRange(new FileInfo(path).Length, 10_000, 1_000_000);
        }
    }

    [Fact]
    public void TextRunEndsWithTheAbsolutePathsOfThePlots()
    {
        using var folder = new TemporaryFolder();

        (int exitCode, string output, string error) = Run("--plots", folder.Path);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", error);
        string loss = Path.Combine(folder.Path, "loss.png");
        string fit = Path.Combine(folder.Path, "fit.png");
        Assert.EndsWith($"\nPlots:\n  loss by epoch   {loss}\n  data and lines  {fit}\n", output);
        Assert.True(File.Exists(loss));
        Assert.True(File.Exists(fit));
    }

    [Fact]
    public void MissingPlotFolderIsCreatedWithItsParents()
    {
        using var folder = new TemporaryFolder();
        string nested = Path.Combine(folder.Path, "runs", "first");

        (int exitCode, _, _) = Run("--json", "--plots", nested);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal((800, 500), PngFile.ReadSize(Path.Combine(nested, "loss.png")));
        Assert.Equal((800, 500), PngFile.ReadSize(Path.Combine(nested, "fit.png")));
    }

    [Fact]
    public void RelativePlotFolderIsReportedAsAnAbsolutePath()
    {
        using var folder = new TemporaryFolder();
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, folder.Path);
        Assert.False(Path.IsPathRooted(relative));

        (int exitCode, string output, _) = Run("--json", "--plots", relative);

        Assert.Equal(ExitCodes.Success, exitCode);
        using JsonDocument document = JsonDocument.Parse(output);
        Assert.Equal(Path.Combine(folder.Path, "fit.png"), document.RootElement.GetProperty("plots").GetProperty("fit").GetString());
    }

    [Fact]
    public void PerfectFitWhoseLossReachesZeroIsStillPlotted()
    {
        // y = 2x + 1 exactly: the closed-form error is 0, which a log axis cannot show, and training falls to about 1e-30.
        using var file = new TemporaryCsvFile("size,price\n1,3\n2,5\n4,9\n");
        using var folder = new TemporaryFolder();

        (int exitCode, _, string error) = Run("--data", file.Path, "--x", "size", "--y", "price", "--json", "--plots", folder.Path);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", error);
        Assert.Equal((800, 500), PngFile.ReadSize(Path.Combine(folder.Path, "loss.png")));
        Assert.Equal((800, 500), PngFile.ReadSize(Path.Combine(folder.Path, "fit.png")));
    }

    [Fact]
    public void NoPlotsGivesNullPlotsInTheJson()
    {
        (int exitCode, string output, _) = RunExactly("--json", "--no-plots");

        Assert.Equal(ExitCodes.Success, exitCode);
        using JsonDocument document = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("plots").ValueKind);
    }

    [Fact]
    public void PlotFolderThatIsAFileGivesOneLineAndExitCodeFourBeforeTraining()
    {
        using var folder = new TemporaryFolder();
        string file = Path.Combine(folder.Path, "notes.txt");
        File.WriteAllText(file, "not a folder");

        (int exitCode, string output, string error) = Run("--plots", file);

        Assert.Equal(ExitCodes.PlotsNotWritten, exitCode);
        Assert.Equal("", output);
        Assert.Equal(
            $"error: cannot write the plots to '{file}': it is a file, not a folder; name a folder, which is created if it is missing",
            SingleLine(error)
        );
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public void PlotFolderInsideAFileGivesOneLineAndExitCodeFour()
    {
        using var folder = new TemporaryFolder();
        string file = Path.Combine(folder.Path, "notes.txt");
        File.WriteAllText(file, "not a folder");
        string inside = Path.Combine(file, "plots");

        (int exitCode, string output, string error) = Run("--json", "--plots", inside);

        Assert.Equal(ExitCodes.PlotsNotWritten, exitCode);
        Assert.Equal("", output);
        string line = SingleLine(error);
        Assert.StartsWith($"error: cannot write the plots to '{inside}': the folder cannot be created: ", line);
        Assert.DoesNotContain(" at ", line);
    }

    [Fact]
    public void PlotFileThatCannotBeReplacedGivesOneLineAndExitCodeFourAfterTheReport()
    {
        using var folder = new TemporaryFolder();

        // A folder where the loss plot should go cannot be overwritten by the file.
        Directory.CreateDirectory(Path.Combine(folder.Path, TrainingPlots.LossFileName));

        (int exitCode, string output, string error) = Run("--plots", folder.Path);

        Assert.Equal(ExitCodes.PlotsNotWritten, exitCode);
        Assert.Contains("Reached the closed-form fit", output);
        Assert.StartsWith($"error: cannot write the plots to '{folder.Path}': loss.png cannot be written: ", SingleLine(error));
    }

    [Theory]
    [InlineData(new[] { "--plots", "out", "--no-plots" }, "error: --plots and --no-plots cannot be used together.")]
    [InlineData(new[] { "--plots", "out", "--explain" }, "error: --plots and --explain cannot be used together")]
    [InlineData(new[] { "--plots", " " }, "error: --plots must name a folder.")]
    public void ContradictoryOrEmptyPlotOptionsAreRejectedWithExitCodeTwo(string[] args, string message)
    {
        (int exitCode, string output, string error) = Run(args);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith(message, SingleLine(error));
    }

    [Fact]
    public void ExplainWithNoPlotsIsAccepted()
    {
        (int exitCode, _, string error) = RunExactly("--explain", "--no-plots");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", error);
    }
}
