using System;
using Samples.Common.Training;
using Xunit;

namespace Samples.Tests.Common;

public sealed class FeatureScalingTests
{
    // Two features, three rows: (1, 10), (2, 10), (3, 40).
    private static readonly double[] Features = [1, 10, 2, 10, 3, 40];

    [Fact]
    public void StandardizedColumnsHaveMeanZeroAndPopulationStandardDeviationOne()
    {
        FeatureScaling scaling = FeatureScaling.Of(Features, featureCount: 2);
        double[] standardized = scaling.Apply(Features);

        Assert.Equal([2.0, 20.0], scaling.Means.AsSpan().ToArray());
        Assert.Equal(Math.Sqrt(2.0 / 3), scaling.StandardDeviations[0], 1e-15);
        for (int j = 0; j < 2; j++)
        {
            double mean = (standardized[j] + standardized[2 + j] + standardized[4 + j]) / 3;
            double meanSquare =
                (
                    (standardized[j] * standardized[j])
                    + (standardized[2 + j] * standardized[2 + j])
                    + (standardized[4 + j] * standardized[4 + j])
                ) / 3;
            Assert.Equal(0, mean, 1e-15);
            Assert.Equal(1, meanSquare, 1e-15);
        }
    }

    [Fact]
    public void ALinearFunctionOfStandardizedFeaturesHasTheSameValuesInDataUnits()
    {
        FeatureScaling scaling = FeatureScaling.Of(Features, featureCount: 2);
        double[] standardized = scaling.Apply(Features);
        double[] weights = [0.7, -1.3];
        const double Bias = 2.5;

        LinearCoefficients inDataUnits = scaling.ToDataUnits(weights, Bias);

        for (int row = 0; row < 3; row++)
        {
            double expected = (weights[0] * standardized[2 * row]) + (weights[1] * standardized[(2 * row) + 1]) + Bias;
            Assert.Equal(expected, inDataUnits.Evaluate([.. Features], row), 1e-14);
        }
    }

    [Fact]
    public void AFeatureWithoutSpreadStandardizesToZerosNotNaN()
    {
        FeatureScaling scaling = FeatureScaling.Of([4, 4, 4], featureCount: 1);

        Assert.Equal([0.0, 0.0, 0.0], scaling.Apply([4, 4, 4]));
    }
}
