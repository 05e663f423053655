using System;
using Perceptron.Gen;

namespace TwoLayerPerceptron;

/// <summary>
/// A two-layer perceptron for two classes: a hidden layer of h tanh units, <c>aₕ = tanh(Σⱼ Vₕⱼ·xⱼ + cₕ)</c>, and a logistic
/// output, <c>P(class 1) = σ(z)</c> with <c>z = Σₕ uₕ·aₕ + b</c>. Perceptron.Gen reads <see cref="Objective"/> (and
/// <see cref="Softplus"/>, which it calls) at compile time and adds <c>ObjectiveGradient</c>, with the gradient of every
/// weight of both layers; the trainer takes its gradients from there only.
/// </summary>
public static partial class TanhNetwork
{
    /// <summary>
    /// <c>softplus(z) = ln(1 + eᶻ)</c>, computed without overflow: for z &gt; 0 as <c>z + ln(1 + e⁻ᶻ)</c>, so that eᶻ is never
    /// formed for a large z.
    /// </summary>
    /// <remarks>
    /// Two smooth branches rather than the one-line <c>Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z)))</c>: at z = 0 the
    /// generator differentiates that form's kinks one by one, by their minimum-norm subgradients, and gets 0 instead of ½.
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
    /// The training objective: the mean binary cross-entropy <c>1/n · Σᵢ (softplus(zᵢ) − yᵢ·zᵢ)</c> plus the weight decay
    /// <c>½·λ·(Σ V² + Σ u²)</c>, which keeps the weights small and the network from fitting noise. Biases are not decayed.
    /// </summary>
    /// <remarks>
    /// The forward pass is written out here rather than called, because the generator differentiates calls only to methods
    /// of double and int parameters; <see cref="Training.NetworkParameters.Logit"/> repeats it for predictions.
    /// </remarks>
    /// <param name="hiddenWeights">
    /// V, row-major h × k: hidden unit h's weight for feature j is at <c>h · featureCount + j</c>; differentiated.
    /// </param>
    /// <param name="hiddenBiases">c, one bias per hidden unit; differentiated.</param>
    /// <param name="outputWeights">u, one weight per hidden unit; differentiated.</param>
    /// <param name="outputBias">b, the output's bias; differentiated.</param>
    /// <param name="features">The features, row-major: sample i's feature j is at <c>i · featureCount + j</c>; data.</param>
    /// <param name="labels">One class, 0 or 1, per sample; data.</param>
    /// <param name="featureCount">The number of features k.</param>
    /// <param name="weightDecay">λ, zero or more; 0 gives the plain mean cross-entropy.</param>
    /// <returns>The objective.</returns>
    [Differentiable(nameof(hiddenWeights), nameof(hiddenBiases), nameof(outputWeights), nameof(outputBias))]
    public static double Objective(
        double[] hiddenWeights,
        double[] hiddenBiases,
        double[] outputWeights,
        double outputBias,
        double[] features,
        double[] labels,
        int featureCount,
        double weightDecay
    )
    {
        int sampleCount = labels.Length;
        int hiddenCount = hiddenBiases.Length;
        double crossEntropySum = 0;
        for (int i = 0; i < sampleCount; i++)
        {
            double z = outputBias;
            for (int h = 0; h < hiddenCount; h++)
            {
                double activation = hiddenBiases[h];
                for (int j = 0; j < featureCount; j++)
                {
                    activation += hiddenWeights[h * featureCount + j] * features[i * featureCount + j];
                }

                z += outputWeights[h] * Math.Tanh(activation);
            }

            crossEntropySum += Softplus(z) - labels[i] * z;
        }

        double squaredWeights = 0;
        foreach (double weight in hiddenWeights)
        {
            squaredWeights += weight * weight;
        }

        foreach (double weight in outputWeights)
        {
            squaredWeights += weight * weight;
        }

        return crossEntropySum / sampleCount + 0.5 * weightDecay * squaredWeights;
    }
}
