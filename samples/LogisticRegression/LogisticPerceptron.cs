using System;
using Perceptron.Gen;

namespace LogisticRegression;

/// <summary>
/// The logistic perceptron: the probability of class 1 is <c>σ(z) = 1 / (1 + e⁻ᶻ)</c> with <c>z = Σⱼ wⱼ·xⱼ + b</c>, scored by
/// the binary cross-entropy. Perceptron.Gen reads <see cref="MeanCrossEntropy"/> (and <see cref="Softplus"/>, which it calls)
/// at compile time and adds <c>MeanCrossEntropyGradient</c>; the trainer takes its gradients from there only.
/// </summary>
public static partial class LogisticPerceptron
{
    /// <summary>
    /// <c>softplus(z) = ln(1 + eᶻ)</c>, computed without overflow: for z &gt; 0 as <c>z + ln(1 + e⁻ᶻ)</c>, so that eᶻ is never
    /// formed for a large z.
    /// </summary>
    /// <remarks>
    /// The textbook one-line form <c>Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z)))</c> is smooth, but two of its pieces
    /// have a kink at z = 0, where the generator takes each piece's minimum-norm subgradient (0 for both) and returns 0 for
    /// softplus′(0) instead of σ(0) = ½. Training starts at w = 0, b = 0, where every z is exactly 0, so that form gives a
    /// wrong first gradient. The two branches here are each smooth and both have the derivative ½ at 0, so the generated
    /// derivative is σ(z) everywhere.
    /// </remarks>
    /// <param name="z">Any finite number.</param>
    /// <returns><c>ln(1 + eᶻ)</c>.</returns>
    [Differentiable]
    public static double Softplus(double z)
    {
        if (z > 0)
        {
            return z + Math.Log(1 + Math.Exp(-z));
        }

        return Math.Log(1 + Math.Exp(z));
    }

    /// <summary>
    /// The mean binary cross-entropy of the logistic perceptron over a data set. For one sample,
    /// <c>−y·ln σ(z) − (1 − y)·ln(1 − σ(z)) = softplus(z) − y·z</c>, which is stable for every z.
    /// </summary>
    /// <param name="weights">One weight per feature; differentiated.</param>
    /// <param name="bias">The bias; differentiated.</param>
    /// <param name="features">The features, row-major: sample i's feature j is at <c>i · featureCount + j</c>; data.</param>
    /// <param name="labels">One class, 0 or 1, per sample; data.</param>
    /// <param name="featureCount">The number of features k, the length of <paramref name="weights"/>.</param>
    /// <returns><c>L = 1/n · Σᵢ (softplus(zᵢ) − yᵢ·zᵢ)</c>: minus the log-likelihood per sample.</returns>
    [Differentiable(nameof(weights), nameof(bias))]
    public static double MeanCrossEntropy(ReadOnlySpan<double> weights, double bias, double[] features, double[] labels, int featureCount)
    {
        int sampleCount = labels.Length;
        double sum = 0;
        for (int i = 0; i < sampleCount; i++)
        {
            double z = bias;
            for (int j = 0; j < featureCount; j++)
            {
                z += weights[j] * features[i * featureCount + j];
            }

            sum += Softplus(z) - labels[i] * z;
        }

        return sum / sampleCount;
    }
}
