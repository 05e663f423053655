using System;
using System.Collections.Generic;
using System.Linq;
using HousePrices.Loading;
using HousePrices.Training;
using Xunit;
using EpochLoss = Samples.Common.Training.EpochLoss;

namespace HousePrices.Tests;

public sealed class GradientDescentTrainerTests
{
    private static readonly DataSet Boston = EmbeddedDataSet.Load();

    [Fact]
    public void DefaultSettingsReachThePublishedFitToFiveSignificantDigits()
    {
        TrainingResult result = GradientDescentTrainer.Train(Boston.X.AsSpan(), Boston.Y.AsSpan(), new TrainingSettings());

        Assert.True(PublishedFit.AgreeToSignificantDigits(PublishedFit.Slope, result.Fit.Weight, 5), $"slope {result.Fit.Weight}");
        Assert.True(PublishedFit.AgreeToSignificantDigits(PublishedFit.Intercept, result.Fit.Bias, 5), $"intercept {result.Fit.Bias}");
        Assert.True(
            PublishedFit.AgreeToSignificantDigits(PublishedFit.MeanSquaredError, result.Fit.MeanSquaredError, 5),
            $"mean squared error {result.Fit.MeanSquaredError}"
        );
    }

    [Fact]
    public void DefaultSettingsAgreeWithTheClosedFormToOnePartInAMillion()
    {
        TrainingResult result = GradientDescentTrainer.Train(Boston.X.AsSpan(), Boston.Y.AsSpan(), new TrainingSettings());
        LinearFit closedForm = ClosedFormLeastSquares.Fit(Boston.X.AsSpan(), Boston.Y.AsSpan());

        Assert.InRange(PublishedFit.RelativeDifference(closedForm.Weight, result.Fit.Weight), 0, 1e-6);
        Assert.InRange(PublishedFit.RelativeDifference(closedForm.Bias, result.Fit.Bias), 0, 1e-6);
        Assert.InRange(PublishedFit.RelativeDifference(closedForm.MeanSquaredError, result.Fit.MeanSquaredError), 0, 1e-6);
    }

    [Fact]
    public void OneEpochTakesOneGradientStepFromZeroOnTheStandardizedFeature()
    {
        // From w' = b' = 0 the errors are −yᵢ, so ∂L/∂w' = −2·mean(y·z) and ∂L/∂b' = −2·mean(y); a step of α = 0.1 moves
        // to w' = 0.2·mean(y·z) and b' = 0.2·mean(y).
        double[] x = [1, 2, 3, 4];
        double[] y = [3, 5, 4, 8];
        Standardization standardization = Standardization.Of(x);
        double[] z = standardization.Apply(x);

        TrainingResult result = GradientDescentTrainer.Train(x, y, new TrainingSettings(epochs: 1, learningRate: 0.1));

        Assert.Equal(0.2 * z.Zip(y, (zi, yi) => zi * yi).Average(), result.StandardizedFit.Weight, 1e-12);
        Assert.Equal(0.2 * y.Average(), result.StandardizedFit.Bias, 1e-12);
        Assert.Equal(y.Average(yi => yi * yi), result.InitialLoss, 1e-12);
        Assert.Equal(standardization, result.Standardization);
    }

    [Fact]
    public void ReportsEveryEpochWithALossThatNeverRises()
    {
        var progress = new RecordingProgress();

        GradientDescentTrainer.Train(Boston.X.AsSpan(), Boston.Y.AsSpan(), new TrainingSettings(epochs: 50), progress);

        Assert.Equal(Enumerable.Range(1, 50), progress.Reports.Select(report => report.Epoch));
        Assert.All(progress.Reports, report => Assert.Equal(50, report.TotalEpochs));
        for (int i = 1; i < progress.Reports.Count; i++)
        {
            Assert.True(progress.Reports[i].Loss <= progress.Reports[i - 1].Loss, $"loss rose at epoch {i + 1}");
        }
    }

    [Fact]
    public void TooLargeALearningRateStopsWithTheEpochWhereTheLossOverflowed()
    {
        var settings = new TrainingSettings(epochs: 1000, learningRate: 10);

        TrainingDivergedException exception = Assert.Throws<TrainingDivergedException>(() =>
            GradientDescentTrainer.Train(Boston.X.AsSpan(), Boston.Y.AsSpan(), settings)
        );

        // With α = 10 the distance to the optimum grows 19-fold per epoch, so the squared error overflows near epoch 120.
        Assert.InRange(exception.Epoch, 100, 140);
        Assert.True(double.IsPositiveInfinity(exception.Loss));
        Assert.Equal(10, exception.LearningRate);
    }

    [Fact]
    public void LossThatEndsAboveWhereItBeganIsDivergenceEvenWhileItIsFinite()
    {
        // With α = 1.5 the distance to the optimum doubles every epoch: after 200 epochs the loss is near 10¹²³, still finite.
        var settings = new TrainingSettings(epochs: 200, learningRate: 1.5);

        TrainingDivergedException exception = Assert.Throws<TrainingDivergedException>(() =>
            GradientDescentTrainer.Train(Boston.X.AsSpan(), Boston.Y.AsSpan(), settings)
        );

        Assert.Equal(200, exception.Epoch);
        Assert.True(double.IsFinite(exception.Loss));
        Assert.Equal(Boston.Y.Average(y => y * y), exception.InitialLoss, 1e-9);
        Assert.True(exception.Loss > 1e100, $"final loss {exception.Loss}");
        Assert.StartsWith("training diverged: the loss grew from 592.14692 to ", exception.Message);
    }

    [Theory]
    [InlineData(0, 0.1)]
    [InlineData(-1, 0.1)]
    [InlineData(10, 0)]
    [InlineData(10, -0.5)]
    [InlineData(10, double.NaN)]
    [InlineData(10, double.PositiveInfinity)]
    public void SettingsThatCannotTrainAreRejected(int epochs, double learningRate)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrainingSettings(epochs, learningRate));
    }

    private sealed class RecordingProgress : IProgress<EpochLoss>
    {
        public List<EpochLoss> Reports { get; } = [];

        public void Report(EpochLoss value) => Reports.Add(value);
    }
}
