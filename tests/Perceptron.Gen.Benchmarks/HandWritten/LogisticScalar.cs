using System;

namespace Perceptron.Gen.Benchmarks.HandWritten;

/// <summary>
/// The logistic model's mean cross-entropy and gradient, hand-written as one scalar pass: one <c>Exp</c> and one <c>Log</c>
/// per sample, shared by the loss and the gradient.
/// </summary>
public static class LogisticScalar
{
    /// <summary><c>L = 1/n · Σᵢ (softplus(zᵢ) − yᵢ·zᵢ)</c> with <c>zᵢ = b + Σⱼ wⱼ·xᵢⱼ</c>, and its gradient.</summary>
    /// <param name="weights">One weight per feature.</param>
    /// <param name="bias">The bias.</param>
    /// <param name="features">Row-major features, k per sample.</param>
    /// <param name="labels">One label, 0 or 1, per sample.</param>
    /// <param name="dWeights">Receives ∂L/∂wⱼ = 1/n · Σᵢ (σ(zᵢ) − yᵢ)·xᵢⱼ; as long as <paramref name="weights"/>.</param>
    /// <param name="dBias">∂L/∂b = 1/n · Σᵢ (σ(zᵢ) − yᵢ).</param>
    /// <returns>The mean cross-entropy.</returns>
    public static double MeanCrossEntropyGradient(
        ReadOnlySpan<double> weights,
        double bias,
        ReadOnlySpan<double> features,
        ReadOnlySpan<double> labels,
        Span<double> dWeights,
        out double dBias
    )
    {
        int k = weights.Length;
        int n = labels.Length;
        RowMajorShape.Require(k, n, features.Length, dWeights.Length);

        dWeights.Clear();
        double lossSum = 0;
        double slopeSum = 0;
        for (int i = 0; i < n; i++)
        {
            var row = features.Slice(i * k, k);
            double z = bias;
            for (int j = 0; j < k; j++)
            {
                z += weights[j] * row[j];
            }

            // e^(−|z|) never overflows; softplus and σ both follow from it.
            double decay = Math.Exp(-Math.Abs(z));
            double onePlusDecay = 1 + decay;
            double softplus = Math.Max(z, 0) + Math.Log(onePlusDecay);
            double sigmoid = z > 0 ? 1 / onePlusDecay : decay / onePlusDecay;
            lossSum += softplus - labels[i] * z;

            double slope = sigmoid - labels[i];
            slopeSum += slope;
            for (int j = 0; j < k; j++)
            {
                dWeights[j] += slope * row[j];
            }
        }

        double scale = 1.0 / n;
        for (int j = 0; j < k; j++)
        {
            dWeights[j] *= scale;
        }

        dBias = scale * slopeSum;
        return lossSum / n;
    }
}
