using System;
using Perceptron.Gen;

namespace Perceptron.Gen.Benchmarks.Models;

/// <summary>
/// The logistic perceptron, <c>σ(z)</c> with <c>z = Σⱼ wⱼ·xⱼ + b</c>, scored by the binary cross-entropy in its stable form
/// <c>softplus(z) − y·z</c>; the generator adds <c>MeanCrossEntropyGradient</c>, which the benchmarks time.
/// </summary>
public static partial class LogisticModel
{
    /// <summary><c>L = 1/n · Σᵢ (softplus(zᵢ) − yᵢ·zᵢ)</c>, minus the log-likelihood per sample.</summary>
    /// <remarks>
    /// Softplus is written with a branch, as the README recommends, so that no <c>eᶻ</c> overflows and the derivative at
    /// <c>z = 0</c> is σ(0) = ½ from both sides.
    /// </remarks>
    /// <param name="weights">One weight per feature; differentiated.</param>
    /// <param name="bias">The bias; differentiated.</param>
    /// <param name="features">The features, row-major: sample i's feature j is at <c>i · k + j</c>; data.</param>
    /// <param name="labels">One class, 0 or 1, per sample; data.</param>
    /// <returns>The mean binary cross-entropy.</returns>
    [Differentiable(nameof(weights), nameof(bias))]
    public static double MeanCrossEntropy(ReadOnlySpan<double> weights, double bias, double[] features, double[] labels)
    {
        int k = weights.Length;
        double total = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            double z = bias;
            for (int j = 0; j < k; j++)
            {
                z += weights[j] * features[i * k + j];
            }

            double softplus = z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
            total += softplus - labels[i] * z;
        }

        return total / labels.Length;
    }
}
