using System;
using LogisticRegression.Loading;
using LogisticRegression.Reference;
using LogisticRegression.Training;
using Samples.Common.Loading;
using Xunit;

namespace Samples.Tests.Logistic;

public sealed class NewtonMaximumLikelihoodTests
{
    [Fact]
    public void CholeskySolvesASymmetricPositiveDefiniteSystem()
    {
        // [[4, 2], [2, 3]]·(1, 2) = (8, 8).
        bool solved = CholeskySolver.TrySolve([4, 2, 2, 3], 2, [8, 8], out double[] solution);

        Assert.True(solved);
        Assert.Equal(1, solution[0], 1e-15);
        Assert.Equal(2, solution[1], 1e-15);
    }

    [Fact]
    public void CholeskyRefusesAnIndefiniteMatrix()
    {
        Assert.False(CholeskySolver.TrySolve([1, 2, 2, 1], 2, [1, 1], out _));
    }

    [Fact]
    public void ThePimaFitEqualsTheHighPrecisionSolution()
    {
        ClassifierFit fit = NewtonMaximumLikelihood.Fit(PimaData.Load(), out int iterations);

        Assert.InRange(iterations, 5, 9);
        for (int j = 0; j < PublishedFit.Weights.Length; j++)
        {
            Assert.Equal(PublishedFit.Weights[j], fit.Coefficients.Weights[j], Math.Abs(PublishedFit.Weights[j]) * 1e-12);
        }

        Assert.Equal(PublishedFit.Intercept, fit.Coefficients.Bias, 1e-11);
        Assert.Equal(PublishedFit.LogLikelihood, fit.LogLikelihood, 1e-10);
        Assert.Equal(PublishedFit.Accuracy, fit.Accuracy);
    }

    [Fact]
    public void PerfectlySeparatedClassesHaveNoMaximum()
    {
        using var file = new TemporaryCsvFile("x,y\n1,0\n2,0\n3,1\n4,1\n");
        FeatureTable table = CsvTableLoader.LoadFile(file.Path, "y", TargetKind.ZeroOrOne);

        DataFileException exception = Assert.Throws<DataFileException>(() => NewtonMaximumLikelihood.Fit(table, out _));

        Assert.Contains("Newton's method finds no maximum-likelihood fit", exception.Message);
    }
}
