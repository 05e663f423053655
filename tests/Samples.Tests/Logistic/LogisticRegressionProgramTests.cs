using System.Text.Json;
using Samples.Common.Commands;
using Xunit;
using static Samples.Tests.ProgramRun;

namespace Samples.Tests.Logistic;

public sealed class LogisticRegressionProgramTests
{
    [Fact]
    public void DefaultRunPrintsProgressBothFitsAndTheVerdictInPlainText()
    {
        (int exitCode, string output, string error) = Run(LogisticRegression.Program.Run);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", error);
        Assert.Contains("Classifying diabetes from 7 features (npreg, glu, bp, skin, bmi, ped, age):", output);
        Assert.Contains("  epoch    1/1000  starts at loss 0.69314718", output);
        Assert.Contains("  epoch 1000/1000  starts at loss 0.43827281", output);
        Assert.Contains("Against the maximum-likelihood fit by Newton's method (7 iterations, data units)", output);
        Assert.Matches(@"\| weight ped +\| +1\.308708298 \| +1\.308708298 \|", output);
        Assert.Matches(@"\| log-likelihood +\| +-233\.1611339 \| +-233\.1611339 \|", output);
        Assert.Matches(@"\| accuracy +\| +0\.787593985 \| +0\.787593985 \| +0 \|", output);
        Assert.Matches(
            @"\nReached the maximum-likelihood fit: largest relative difference \d(\.\d)?E-1\d \(\w+\), within the tolerance 1E-06\.\n$",
            output
        );
        Assert.DoesNotContain('\u001b', output);
    }

    [Fact]
    public void JsonRunPrintsOnlyOneObjectWithBothFits()
    {
        (int exitCode, string output, string error) = Run(LogisticRegression.Program.Run, "--json");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", error);
        using JsonDocument document = JsonDocument.Parse(output);
        JsonElement root = document.RootElement;
        Assert.Equal(1308708298.04141e-9, root.GetProperty("trained").GetProperty("weights").GetProperty("ped").GetDouble(), 1e-11);
        Assert.Equal(PublishedFit.LogLikelihood, root.GetProperty("newton").GetProperty("logLikelihood").GetDouble(), 1e-9);
        Assert.Equal(PublishedFit.Accuracy, root.GetProperty("trained").GetProperty("accuracy").GetDouble());
        Assert.Equal(7, root.GetProperty("newtonIterations").GetInt32());
        Assert.True(root.GetProperty("reachedMaximumLikelihood").GetBoolean());
    }

    [Fact]
    public void ATargetThatIsNotAClassIsOneErrorLineNamingFileLineAndColumn()
    {
        using var file = new TemporaryCsvFile("x,outcome\n1,0\n2,1\n3,yes\n");

        (int exitCode, _, string error) = Run(LogisticRegression.Program.Run, "--data", file.Path, "--target", "outcome");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Equal($"error: {file.Path}, line 4, column 'outcome': 'yes' is not a number", SingleLine(error));
    }

    [Fact]
    public void SeparableClassesAreOneErrorLineWithExitCodeTwo()
    {
        using var file = new TemporaryCsvFile("x,y\n1,0\n2,0\n3,1\n4,1\n");

        (int exitCode, _, string error) = Run(LogisticRegression.Program.Run, "--data", file.Path, "--target", "y");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.StartsWith($"error: {file.Path}: Newton's method finds no maximum-likelihood fit", SingleLine(error));
    }
}
