using System;
using System.Linq;
using LinearRegression;
using LinearRegression.Loading;
using LinearRegression.Reference;
using LinearRegression.Training;
using Samples.Common.Loading;
using Samples.Common.Training;
using Xunit;

namespace Samples.Tests.Linear;

public sealed class LinearTrainerTests
{
    private static readonly FeatureTable Diabetes = DiabetesData.Load();

    [Fact]
    public void TheGeneratedGradientMatchesCentralFiniteDifferencesAtARandomPoint()
    {
        var random = new Random(3);
        int featureCount = Diabetes.FeatureCount;
        double[] features = FeatureScaling.Of(Diabetes.Features.AsSpan(), featureCount).Apply(Diabetes.Features.AsSpan());
        double[] targets = Diabetes.Targets.ToArray();

        // The point packs the weights and then the bias.
        double[] point = FiniteDifferences.RandomPoint(random, featureCount + 1, spread: 50);
        var weightGradient = new double[featureCount];
        LinearModel.MeanSquaredErrorGradient(
            point.AsSpan(0, featureCount),
            point[^1],
            features,
            targets,
            featureCount,
            weightGradient,
            out double biasGradient
        );

        FiniteDifferences.AssertGradient(
            x => LinearModel.MeanSquaredError(x.AsSpan(0, featureCount), x[^1], features, targets, featureCount),
            point,
            [.. weightGradient, biasGradient]
        );
    }

    [Fact]
    public void DefaultTrainingReachesTheLeastSquaresFitToTwelveDigits()
    {
        RegressionFit reference = LeastSquaresReference.Fit(Diabetes);

        TrainingResult trained = LinearTrainer.Train(Diabetes, LinearTrainer.DefaultSettings);
        FitComparison comparison = FitComparison.Measure(trained.Fit, reference, Diabetes);

        Assert.InRange(comparison.LargestRelativeDifference, 0, 1e-12);
        Assert.True(comparison.ReachedReference);
        for (int j = 0; j < PublishedFit.Weights.Length; j++)
        {
            Assert.Equal(PublishedFit.Weights[j], trained.Fit.Coefficients.Weights[j], Math.Abs(PublishedFit.Weights[j]) * 1e-11);
        }

        Assert.Equal(PublishedFit.Intercept, trained.Fit.Coefficients.Bias, 1e-8);
        Assert.Equal(PublishedFit.MeanSquaredError, trained.Fit.MeanSquaredError, 1e-8);

        // The model method's own loss on the standardized features is the same error, measured the other way.
        Assert.Equal(trained.Fit.MeanSquaredError, trained.FinalLoss, 1e-9);
    }

    [Fact]
    public void TooFewEpochsStopShortOfTheLeastSquaresFitAndSaySo()
    {
        RegressionFit reference = LeastSquaresReference.Fit(Diabetes);

        TrainingResult trained = LinearTrainer.Train(Diabetes, new TrainingSettings(epochs: 20, learningRate: 0.2, momentum: 0.9));

        Assert.False(FitComparison.Measure(trained.Fit, reference, Diabetes).ReachedReference);
    }

    [Fact]
    public void TooLargeALearningRateDiverges()
    {
        var settings = new TrainingSettings(epochs: 200, learningRate: 5, momentum: 0.9);

        TrainingDivergedException exception = Assert.Throws<TrainingDivergedException>(() => LinearTrainer.Train(Diabetes, settings));

        Assert.StartsWith("training diverged: the loss", exception.Message);
    }
}
