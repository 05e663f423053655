using System.Linq;
using System.Text.Json;
using Samples.Common.Commands;
using Xunit;
using static Samples.Tests.ProgramRun;

namespace Samples.Tests.TwoLayer;

public sealed class TwoLayerPerceptronProgramTests
{
    [Fact]
    public void DefaultRunPrintsTheNetworkTheFallingLossAndBothAccuraciesInPlainText()
    {
        (int exitCode, string output, string error) = Run(TwoLayerPerceptron.Program.Run);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", error);
        Assert.Contains("Two-layer perceptron: 7 inputs → 8 tanh units → sigmoid, 73 weights and biases", output);
        Assert.Contains("1000 epochs, learning rate 0.1, momentum 0.9; the loss is the mean cross-entropy + ½·0.01·Σw²", output);
        Assert.Matches(@"\n  epoch    1/1000  starts at loss 0\.\d+\n", output);
        Assert.Matches(@"\n  epoch 1000/1000  starts at loss 0\.\d+\n", output);
        Assert.Contains("Rows shuffled with seed 42: 399 for training, 133 held out", output);
        Assert.Matches(@"\| accuracy +\| +0\.\d{4} \| +0\.\d{4} \|", output);
        Assert.Matches(@"\nHeld-out accuracy 0\.\d+, against 0\.759 for always predicting the commoner class\.\n$", output);
        Assert.DoesNotContain('\u001b', output);
    }

    [Fact]
    public void JsonRunPrintsTheLossCurveAndTheScores()
    {
        (int exitCode, string output, string error) = Run(TwoLayerPerceptron.Program.Run, "--json", "--hidden", "4", "--seed", "3");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", error);
        using JsonDocument document = JsonDocument.Parse(output);
        JsonElement root = document.RootElement;
        Assert.Equal(4, root.GetProperty("hiddenUnits").GetInt32());
        Assert.Equal(3, root.GetProperty("seed").GetInt32());
        int[] epochs = root.GetProperty("losses").EnumerateArray().Select(point => point.GetProperty("epoch").GetInt32()).ToArray();
        Assert.Equal([1, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000], epochs);
        double first = root.GetProperty("losses")[0].GetProperty("loss").GetDouble();
        Assert.True(root.GetProperty("finalLoss").GetDouble() < first);
        Assert.Equal(133, root.GetProperty("heldOut").GetProperty("rows").GetInt32());
        Assert.InRange(root.GetProperty("heldOut").GetProperty("accuracy").GetDouble(), 0.7, 1);
    }

    [Theory]
    [InlineData("--hidden", "0", "--hidden must be greater than zero, not 0.")]
    [InlineData("--hidden", "1001", "--hidden can be at most 1000, not 1001.")]
    [InlineData("--weight-decay", "-0.1", "--weight-decay must be zero or more, not -0.1.")]
    [InlineData("--seed", "x", "--seed must be a whole number from -2147483648 to 2147483647, not 'x'.")]
    public void AnInvalidNetworkOptionIsOneErrorLineWithExitCodeTwo(string option, string value, string expected)
    {
        (int exitCode, _, string error) = Run(TwoLayerPerceptron.Program.Run, option, value);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Equal($"error: {expected} See --help.", SingleLine(error));
    }
}
