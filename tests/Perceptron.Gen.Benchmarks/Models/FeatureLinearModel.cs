using System;
using Perceptron.Gen;

namespace Perceptron.Gen.Benchmarks.Models;

/// <summary>
/// A k-feature linear model scored by the mean squared error, written as the README and the tests write it; the generator
/// adds <c>MeanSquaredErrorGradient</c>, which the benchmarks time.
/// </summary>
public static partial class FeatureLinearModel
{
    /// <summary><c>L = 1/n · Σᵢ (b + Σⱼ wⱼ·xᵢⱼ − yᵢ)²</c>.</summary>
    /// <param name="weights">One weight per feature; differentiated.</param>
    /// <param name="bias">The bias; differentiated.</param>
    /// <param name="features">The features, row-major: sample i's feature j is at <c>i · k + j</c>; data.</param>
    /// <param name="targets">One target per sample; data.</param>
    /// <returns>The mean squared error.</returns>
    [Differentiable(nameof(weights), nameof(bias))]
    public static double MeanSquaredError(ReadOnlySpan<double> weights, double bias, double[] features, double[] targets)
    {
        int k = weights.Length;
        double total = 0;
        for (int i = 0; i < targets.Length; i++)
        {
            double prediction = bias;
            for (int j = 0; j < k; j++)
            {
                prediction += weights[j] * features[i * k + j];
            }

            double error = prediction - targets[i];
            total += error * error;
        }

        return total / targets.Length;
    }
}
