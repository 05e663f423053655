using System;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Perceptron.Gen.Benchmarks.HandWritten;

/// <summary>
/// The baseline for the k-feature linear model: block by block, scores and gradient sums vectorised across features (see
/// <see cref="RowMajorKernels"/>), the errors' squares and sum vectorised across samples with two accumulators each.
/// </summary>
public static class LinearVectorized
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
        Span<double> errors = stackalloc double[RowMajorKernels.BlockSize];
        int width = Vector<double>.Count;
        Vector<double> lossSum0 = default,
            lossSum1 = default,
            errorSum0 = default,
            errorSum1 = default;
        double lossSum = 0;
        double errorSum = 0;
        for (int start = 0; start < n; start += RowMajorKernels.BlockSize)
        {
            int count = Math.Min(RowMajorKernels.BlockSize, n - start);
            var rows = features.Slice(start * k, count * k);
            var blockErrors = errors[..count];
            RowMajorKernels.Scores(rows, weights, bias, blockErrors);

            // eᵢ = zᵢ − yᵢ in place, with Σ eᵢ² and Σ eᵢ on the way.
            ref double errorStart = ref MemoryMarshal.GetReference(blockErrors);
            ref double targetStart = ref MemoryMarshal.GetReference(targets[start..]);
            int i = 0;
            for (; i <= count - 2 * width; i += 2 * width)
            {
                var error0 = Vector.LoadUnsafe(ref errorStart, (nuint)i) - Vector.LoadUnsafe(ref targetStart, (nuint)i);
                var error1 = Vector.LoadUnsafe(ref errorStart, (nuint)(i + width)) - Vector.LoadUnsafe(ref targetStart, (nuint)(i + width));
                error0.StoreUnsafe(ref errorStart, (nuint)i);
                error1.StoreUnsafe(ref errorStart, (nuint)(i + width));
                lossSum0 += error0 * error0;
                lossSum1 += error1 * error1;
                errorSum0 += error0;
                errorSum1 += error1;
            }

            for (; i < count; i++)
            {
                double error = blockErrors[i] - targets[start + i];
                blockErrors[i] = error;
                lossSum += error * error;
                errorSum += error;
            }

            RowMajorKernels.AddWeightedRows(rows, blockErrors, dWeights);
        }

        lossSum += Vector.Sum(lossSum0 + lossSum1);
        errorSum += Vector.Sum(errorSum0 + errorSum1);
        double scale = 2.0 / n;
        for (int j = 0; j < k; j++)
        {
            dWeights[j] *= scale;
        }

        dBias = scale * errorSum;
        return lossSum / n;
    }
}
