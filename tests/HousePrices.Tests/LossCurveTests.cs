using System;
using System.Linq;
using HousePrices.Loading;
using HousePrices.Training;
using Xunit;
using EpochLoss = Samples.Common.Training.EpochLoss;

namespace HousePrices.Tests;

public sealed class LossCurveTests
{
    private static readonly DataSet Boston = EmbeddedDataSet.Load();

    [Fact]
    public void DefaultRunKeepsTheLossBeforeTheFirstEpochAndAfterEveryOne()
    {
        var progress = new Progress();

        TrainingResult result = GradientDescentTrainer.Train(Boston.X.AsSpan(), Boston.Y.AsSpan(), new TrainingSettings(), progress);

        LossCurve curve = result.LossCurve;
        Assert.Equal(Enumerable.Range(0, 201), curve.Epochs);
        Assert.Equal(result.InitialLoss, curve.Losses[0]);
        Assert.Equal(592.14692, curve.Losses[0], 5e-6);
        Assert.Equal(result.Fit.MeanSquaredError, curve.Losses[^1]);

        // The loss at the start of epoch e is the loss after e − 1 epochs, as progress reported it.
        Assert.Equal(progress.Losses, curve.Losses.Take(200));
    }

    [Fact]
    public void LossFallsByThePredictedFactorEachEpoch()
    {
        TrainingResult result = GradientDescentTrainer.Train(Boston.X.AsSpan(), Boston.Y.AsSpan(), new TrainingSettings());

        // On the standardized feature the excess loss L − L* shrinks by (1 − 2α)² = 0.64 per epoch at α = 0.1.
        double minimum = result.Fit.MeanSquaredError;
        for (int epoch = 1; epoch <= 20; epoch++)
        {
            double ratio = (result.LossCurve.Losses[epoch] - minimum) / (result.LossCurve.Losses[epoch - 1] - minimum);
            Assert.Equal(0.64, ratio, 1e-9);
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(100_000, 1)]
    [InlineData(100_001, 2)]
    [InlineData(200_000, 2)]
    [InlineData(200_001, 3)]
    [InlineData(int.MaxValue, 21_475)]
    public void StrideKeepsAtMostAHundredThousandPoints(int totalEpochs, int stride)
    {
        Assert.Equal(stride, LossCurve.StrideFor(totalEpochs));
        Assert.InRange((long)totalEpochs / stride, 0, LossCurve.MaxPoints);
    }

    [Fact]
    public void LongRunKeepsEveryThirdEpochAndTheLast()
    {
        var recorder = new LossCurveRecorder(250_000);

        for (int epochsDone = 0; epochsDone <= 250_000; epochsDone++)
        {
            recorder.Record(epochsDone, epochsDone + 0.5);
        }

        LossCurve curve = recorder.ToCurve();
        Assert.Equal(83_335, curve.Epochs.Length);
        Assert.Equal([0, 3, 6], curve.Epochs.Take(3));
        Assert.Equal([249_996, 249_999, 250_000], curve.Epochs.TakeLast(3));
        Assert.Equal(curve.Epochs.Select(epoch => epoch + 0.5), curve.Losses);
    }

    private sealed class Progress : IProgress<EpochLoss>
    {
        public System.Collections.Generic.List<double> Losses { get; } = [];

        public void Report(EpochLoss value) => Losses.Add(value.Loss);
    }
}
