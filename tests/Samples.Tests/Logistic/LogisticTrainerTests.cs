using System;
using System.Linq;
using LogisticRegression;
using LogisticRegression.Loading;
using LogisticRegression.Reference;
using LogisticRegression.Training;
using Samples.Common.Loading;
using Samples.Common.Training;
using Xunit;

namespace Samples.Tests.Logistic;

public sealed class LogisticTrainerTests
{
    private static readonly FeatureTable Pima = PimaData.Load();

    [Fact]
    public void TheGeneratedGradientMatchesCentralFiniteDifferencesAtARandomPoint()
    {
        var random = new Random(5);
        int featureCount = Pima.FeatureCount;
        double[] features = FeatureScaling.Of(Pima.Features.AsSpan(), featureCount).Apply(Pima.Features.AsSpan());
        double[] labels = Pima.Targets.ToArray();

        // The point packs the weights and then the bias; a spread of 2 puts many samples far out on the sigmoid's tails.
        double[] point = FiniteDifferences.RandomPoint(random, featureCount + 1, spread: 2);
        var weightGradient = new double[featureCount];
        LogisticPerceptron.MeanCrossEntropyGradient(
            point.AsSpan(0, featureCount),
            point[^1],
            features,
            labels,
            featureCount,
            weightGradient,
            out double biasGradient
        );

        FiniteDifferences.AssertGradient(
            x => LogisticPerceptron.MeanCrossEntropy(x.AsSpan(0, featureCount), x[^1], features, labels, featureCount),
            point,
            [.. weightGradient, biasGradient]
        );
    }

    [Fact]
    public void TheFirstGradientAtZeroIsTheExactOne()
    {
        // At w = 0, b = 0 every z is 0 and σ(0) = ½, so ∂L/∂b = mean(½ − y), which the Max/Abs form of softplus would miss.
        int featureCount = Pima.FeatureCount;
        double[] labels = Pima.Targets.ToArray();
        var weightGradient = new double[featureCount];

        LogisticPerceptron.MeanCrossEntropyGradient(
            new double[featureCount],
            0,
            [.. Pima.Features],
            labels,
            featureCount,
            weightGradient,
            out double biasGradient
        );

        Assert.Equal(0.5 - labels.Average(), biasGradient, 1e-15);
    }

    [Theory]
    [InlineData(-800)]
    [InlineData(-30)]
    [InlineData(-1e-300)]
    [InlineData(0)]
    [InlineData(1e-9)]
    [InlineData(3)]
    [InlineData(800)]
    public void SoftplusAndItsGeneratedDerivativeAreExactAndFiniteEverywhere(double z)
    {
        double value = LogisticPerceptron.SoftplusGradient(z, out double derivative);

        double sigmoid = z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
        Assert.Equal(sigmoid, derivative, Math.Max(sigmoid, 1e-300) * 1e-15);
        Assert.True(double.IsFinite(value));
        Assert.Equal(Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z))), value, Math.Max(Math.Abs(value), 1e-300) * 1e-15);
    }

    [Fact]
    public void DefaultTrainingReachesTheMaximumLikelihoodFitToTwelveDigits()
    {
        ClassifierFit reference = NewtonMaximumLikelihood.Fit(Pima, out _);

        TrainingResult trained = LogisticTrainer.Train(Pima, LogisticTrainer.DefaultSettings);
        FitComparison comparison = FitComparison.Measure(trained.Fit, reference, Pima);

        Assert.InRange(comparison.LargestRelativeDifference, 0, 1e-12);
        Assert.True(comparison.ReachedReference);
        for (int j = 0; j < PublishedFit.Weights.Length; j++)
        {
            Assert.Equal(PublishedFit.Weights[j], trained.Fit.Coefficients.Weights[j], Math.Abs(PublishedFit.Weights[j]) * 1e-11);
        }

        Assert.Equal(PublishedFit.LogLikelihood, trained.Fit.LogLikelihood, 1e-9);
        Assert.Equal(PublishedFit.Accuracy, trained.Fit.Accuracy);
        Assert.Equal(Math.Log(2), trained.InitialLoss, 1e-14);
        Assert.Equal(-trained.Fit.LogLikelihood / Pima.RowCount, trained.FinalLoss, 1e-12);
    }
}
