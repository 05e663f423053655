using System;
using System.Collections.Immutable;

namespace Samples.Common.Training;

/// <summary>
/// The mean and standard deviation of each feature, to train on <c>x'ⱼ = (xⱼ − meanⱼ) / sdⱼ</c> and to carry a trained linear
/// function back to the features' own units.
/// </summary>
/// <remarks>
/// Standardized features put every weight on the same scale, so one learning rate suits every data set: the squared error's
/// Hessian becomes twice the features' correlation matrix, whatever their units. The population standard deviation (dividing
/// by n) is used, which makes the diagonal of that matrix exactly 1. A feature without spread keeps the divisor 1, so it
/// standardizes to zeros instead of NaN.
/// </remarks>
/// <param name="Means">Each feature's mean.</param>
/// <param name="StandardDeviations">Each feature's population standard deviation, or 1 for a feature without spread.</param>
public sealed record FeatureScaling(ImmutableArray<double> Means, ImmutableArray<double> StandardDeviations)
{
    /// <summary>The number of features.</summary>
    public int FeatureCount => Means.Length;

    /// <summary>Measures row-major features.</summary>
    /// <param name="features">Row-major features, at least one row of <paramref name="featureCount"/> values.</param>
    /// <param name="featureCount">The number of features per row; positive.</param>
    /// <returns>Each feature's mean and population standard deviation.</returns>
    /// <exception cref="ArgumentException">There is no row, or the length is not a whole number of rows.</exception>
    public static FeatureScaling Of(ReadOnlySpan<double> features, int featureCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(featureCount);
        if (features.IsEmpty || features.Length % featureCount != 0)
        {
            string problem = $"{features.Length} values are not a positive whole number of rows of {featureCount}.";
            throw new ArgumentException(problem, nameof(features));
        }

        int rowCount = features.Length / featureCount;
        var means = new double[featureCount];
        var standardDeviations = new double[featureCount];
        for (int j = 0; j < featureCount; j++)
        {
            double sum = 0;
            for (int i = 0; i < rowCount; i++)
            {
                sum += features[(i * featureCount) + j];
            }

            // A second pass over the deviations keeps precision when the mean is large against the spread.
            double mean = sum / rowCount;
            double sumOfSquares = 0;
            for (int i = 0; i < rowCount; i++)
            {
                double deviation = features[(i * featureCount) + j] - mean;
                sumOfSquares += deviation * deviation;
            }

            double standardDeviation = Math.Sqrt(sumOfSquares / rowCount);
            means[j] = mean;
            standardDeviations[j] = standardDeviation > 0 ? standardDeviation : 1;
        }

        return new FeatureScaling([.. means], [.. standardDeviations]);
    }

    /// <summary>Standardizes row-major features: <c>x'[i, j] = (x[i, j] − meanⱼ) / sdⱼ</c>.</summary>
    /// <param name="features">Row-major features in their own units, <see cref="FeatureCount"/> per row.</param>
    /// <returns>A new array of standardized values, row-major.</returns>
    public double[] Apply(ReadOnlySpan<double> features)
    {
        if (features.Length % FeatureCount != 0)
        {
            throw new ArgumentException($"{features.Length} values are not a whole number of rows of {FeatureCount}.", nameof(features));
        }

        var standardized = new double[features.Length];
        for (int index = 0; index < features.Length; index++)
        {
            int j = index % FeatureCount;
            standardized[index] = (features[index] - Means[j]) / StandardDeviations[j];
        }

        return standardized;
    }

    /// <summary>
    /// Carries a linear function of the standardized features back to the features' own units. From
    /// <c>Σⱼ w'ⱼ·(xⱼ − meanⱼ)/sdⱼ + b' = Σⱼ (w'ⱼ/sdⱼ)·xⱼ + (b' − Σⱼ w'ⱼ·meanⱼ/sdⱼ)</c>.
    /// </summary>
    /// <param name="standardizedWeights">The weights w' over the standardized features.</param>
    /// <param name="standardizedBias">The bias b' over the standardized features.</param>
    /// <returns>The same function over the features in their own units.</returns>
    public LinearCoefficients ToDataUnits(ReadOnlySpan<double> standardizedWeights, double standardizedBias)
    {
        if (standardizedWeights.Length != FeatureCount)
        {
            throw new ArgumentException($"Expected {FeatureCount} weights, not {standardizedWeights.Length}.", nameof(standardizedWeights));
        }

        var weights = new double[FeatureCount];
        double bias = standardizedBias;
        for (int j = 0; j < FeatureCount; j++)
        {
            weights[j] = standardizedWeights[j] / StandardDeviations[j];
            bias -= weights[j] * Means[j];
        }

        return new LinearCoefficients([.. weights], bias);
    }
}
