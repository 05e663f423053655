using System;

namespace Perceptron.Gen.Benchmarks.HandWritten;

/// <summary>The k-feature linear model's mean squared error and gradient, hand-written as one scalar pass over the samples.</summary>
public static class LinearScalar
{
    /// <summary><c>L = 1/n · Σᵢ (b + Σⱼ wⱼ·xᵢⱼ − yᵢ)²</c> and its gradient.</summary>
    /// <param name="weights">One weight per feature.</param>
    /// <param name="bias">The bias.</param>
    /// <param name="features">Row-major features, k per sample.</param>
    /// <param name="targets">One target per sample.</param>
    /// <param name="dWeights">Receives ∂L/∂wⱼ = 2/n · Σᵢ eᵢ·xᵢⱼ; as long as <paramref name="weights"/>.</param>
    /// <param name="dBias">∂L/∂b = 2/n · Σᵢ eᵢ.</param>
    /// <returns>The mean squared error.</returns>
    public static double MeanSquaredErrorGradient(
        ReadOnlySpan<double> weights,
        double bias,
        ReadOnlySpan<double> features,
        ReadOnlySpan<double> targets,
        Span<double> dWeights,
        out double dBias
    )
    {
        int k = weights.Length;
        int n = targets.Length;
        RowMajorShape.Require(k, n, features.Length, dWeights.Length);

        dWeights.Clear();
        double lossSum = 0;
        double errorSum = 0;
        for (int i = 0; i < n; i++)
        {
            var row = features.Slice(i * k, k);
            double prediction = bias;
            for (int j = 0; j < k; j++)
            {
                prediction += weights[j] * row[j];
            }

            double error = prediction - targets[i];
            lossSum += error * error;
            errorSum += error;
            for (int j = 0; j < k; j++)
            {
                dWeights[j] += error * row[j];
            }
        }

        double scale = 2.0 / n;
        for (int j = 0; j < k; j++)
        {
            dWeights[j] *= scale;
        }

        dBias = scale * errorSum;
        return lossSum / n;
    }
}
