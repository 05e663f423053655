using System;
using System.IO;
using System.Threading;
using HousePrices.Reporting;
using HousePrices.Training;
using Spectre.Console;
using Xunit;
using EpochLoss = Samples.Common.Training.EpochLoss;

namespace HousePrices.Tests;

/// <summary>The terminal's progress display, on a console that claims to be an interactive ANSI terminal.</summary>
public sealed class LiveProgressBarTests
{
    private static readonly TimeSpan ShortDelay = TimeSpan.FromMilliseconds(20);

    [Fact]
    public void RunThatEndsBeforeTheDelayShowsItsCheckpointsButNoBar()
    {
        var output = new StringWriter();

        TrainingResult result = LiveProgressBar.Run(Terminal(output), 10, progress => Train(progress, 10, TimeSpan.Zero));

        Assert.Equal(10, result.Settings.Epochs);
        Assert.Contains("epoch  1/10  starts at loss 10", output.ToString());
        Assert.Contains("epoch 10/10  starts at loss 1", output.ToString());
        Assert.DoesNotContain("%", output.ToString());
    }

    [Fact]
    public void RunThatOutlastsTheDelayShowsABarThatEndsFull()
    {
        var output = new StringWriter();

        LiveProgressBar.Run(Terminal(output), 10, progress => Train(progress, 10, TimeSpan.FromMilliseconds(30)), ShortDelay);

        Assert.Contains("100%", output.ToString());
        Assert.Contains("epoch 10/10  starts at loss 1", output.ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(30)]
    public void FailureOfTrainingIsRethrownUnwrapped(int millisecondsPerEpoch)
    {
        var output = new StringWriter();

        Assert.Throws<TrainingDivergedException>(() =>
            LiveProgressBar.Run(
                Terminal(output),
                10,
                progress =>
                {
                    Train(progress, 5, TimeSpan.FromMilliseconds(millisecondsPerEpoch));
                    throw new TrainingDivergedException(5, double.PositiveInfinity, 10);
                },
                ShortDelay
            )
        );
    }

    private static IAnsiConsole Terminal(TextWriter output) =>
        AnsiConsole.Create(
            new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output),
                Ansi = AnsiSupport.Yes,
                ColorSystem = ColorSystemSupport.Standard,
                Interactive = InteractionSupport.Yes,
            }
        );

    // Reports a loss of 10, 9, … 1 over ten epochs, pausing after each, then returns a result with the epoch count.
    private static TrainingResult Train(IProgress<EpochLoss> progress, int epochs, TimeSpan pause)
    {
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            progress.Report(new EpochLoss(epoch, 10, 11 - epoch));
            Thread.Sleep(pause);
        }

        var fit = new LinearFit(1, 0, 1);
        return new TrainingResult(
            fit,
            fit,
            new Standardization(0, 1),
            new TrainingSettings(epochs),
            10,
            pause * epochs,
            new LossCurve([0], [10])
        );
    }
}
