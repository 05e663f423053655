using System;
using HousePrices.Training;
using Xunit;

namespace HousePrices.Tests;

public sealed class StandardizationTests
{
    private static readonly double[] Values = [2, 4, 4, 4, 5, 5, 7, 9];

    [Fact]
    public void UsesTheMeanAndThePopulationStandardDeviation()
    {
        // Σ(x − 5)² = 32 over 8 values: population variance 4, where the sample variance would be 32/7.
        Standardization standardization = Standardization.Of(Values);

        Assert.Equal(5.0, standardization.Mean, 1e-15);
        Assert.Equal(2.0, standardization.StandardDeviation, 1e-15);
    }

    [Fact]
    public void StandardizedValuesHaveMeanZeroAndUnitVariance()
    {
        double[] standardized = Standardization.Of(Values).Apply(Values);

        Assert.Equal([-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2], standardized);
    }

    [Fact]
    public void LineCarriedBackToDataUnitsMakesTheSamePredictions()
    {
        Standardization standardization = Standardization.Of(Values);
        var standardizedLine = new LinearFit(Weight: 3, Bias: -1, MeanSquaredError: 0.5);

        LinearFit line = standardization.ToDataUnits(standardizedLine);

        Assert.Equal(1.5, line.Weight, 1e-15);
        Assert.Equal(-8.5, line.Bias, 1e-15);
        Assert.Equal(0.5, line.MeanSquaredError);
        foreach (double x in Values)
        {
            double z = (x - 5) / 2;
            Assert.Equal((3 * z) - 1, (line.Weight * x) + line.Bias, 1e-12);
        }
    }

    [Fact]
    public void RejectsValuesWithNoSpread()
    {
        Assert.Throws<ArgumentException>(() => Standardization.Of([6.5, 6.5]));
    }
}
