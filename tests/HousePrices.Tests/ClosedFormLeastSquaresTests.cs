using System;
using HousePrices.Loading;
using HousePrices.Training;
using Xunit;

namespace HousePrices.Tests;

public sealed class ClosedFormLeastSquaresTests
{
    [Fact]
    public void MatchesThePublishedFitOfTheBostonData()
    {
        DataSet data = EmbeddedDataSet.Load();

        LinearFit fit = ClosedFormLeastSquares.Fit(data.X.AsSpan(), data.Y.AsSpan());

        // R prints six decimals of the parameters and five of the error, so agreement is within half their last digit.
        Assert.Equal(PublishedFit.Slope, fit.Weight, 5e-7);
        Assert.Equal(PublishedFit.Intercept, fit.Bias, 5e-7);
        Assert.Equal(PublishedFit.MeanSquaredError, fit.MeanSquaredError, 5e-6);
    }

    [Fact]
    public void RecoversAnExactLineWithNoError()
    {
        double[] x = [-1, 0, 2, 5];
        double[] y = [-1, 1, 5, 11];

        LinearFit fit = ClosedFormLeastSquares.Fit(x, y);

        Assert.Equal(2.0, fit.Weight, 1e-12);
        Assert.Equal(1.0, fit.Bias, 1e-12);
        Assert.Equal(0.0, fit.MeanSquaredError, 1e-24);
    }

    [Fact]
    public void FitsTheMeanSquaredErrorOfNoisyPointsByHand()
    {
        // x̄ = 1, ȳ = 2; Σ(x − x̄)(y − ȳ) = 2 and Σ(x − x̄)² = 2, so w = 1 and b = 1; the residuals are (1, −2, 1) / 3.
        double[] x = [0, 1, 2];
        double[] y = [4.0 / 3, 4.0 / 3, 10.0 / 3];

        LinearFit fit = ClosedFormLeastSquares.Fit(x, y);

        Assert.Equal(1.0, fit.Weight, 1e-12);
        Assert.Equal(1.0, fit.Bias, 1e-12);
        Assert.Equal(6.0 / 27, fit.MeanSquaredError, 1e-12);
    }

    [Fact]
    public void RejectsAFeatureWithNoSpread()
    {
        Assert.Throws<ArgumentException>(() => ClosedFormLeastSquares.Fit([3, 3, 3], [1, 2, 3]));
    }

    [Fact]
    public void RejectsColumnsOfDifferentLengths()
    {
        Assert.Throws<ArgumentException>(() => ClosedFormLeastSquares.Fit([1, 2, 3], [1, 2]));
    }
}
