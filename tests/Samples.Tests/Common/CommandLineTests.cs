using Samples.Common.Commands;
using Xunit;
using static Samples.Tests.ProgramRun;

namespace Samples.Tests.Common;

/// <summary>The options every sample shares, through one sample's command line.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--epochs", "0", "--epochs must be greater than zero, not 0.")]
    [InlineData("--epochs", "ten", "--epochs must be a whole number, not 'ten'.")]
    [InlineData("--learning-rate", "-1", "--learning-rate must be greater than zero, not -1.")]
    [InlineData("--learning-rate", "0,1", "--learning-rate must be a number such as 0.1, not '0,1'.")]
    [InlineData("--momentum", "1", "--momentum must be at least 0 and less than 1, not 1.")]
    [InlineData("--target", " ", "--target must name a column.")]
    public void AnInvalidOptionIsOneErrorLineWithExitCodeTwo(string option, string value, string expected)
    {
        (int exitCode, string output, string error) = Run(LinearRegression.Program.Run, option, value);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Equal("", output);
        Assert.Equal($"error: {expected} See --help.", SingleLine(error));
    }

    [Fact]
    public void HelpListsTheSharedOptions()
    {
        (int exitCode, string output, _) = Run(LinearRegression.Program.Run, "--help");

        Assert.Equal(ExitCodes.Success, exitCode);
        foreach (string option in new[] { "--data", "--target", "--epochs", "--learning-rate", "--momentum", "--json" })
        {
            Assert.Contains(option, output);
        }
    }
}
