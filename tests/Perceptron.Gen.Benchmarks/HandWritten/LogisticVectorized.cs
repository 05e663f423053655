using System;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Perceptron.Gen.Benchmarks.HandWritten;

/// <summary>
/// The baseline for the logistic model: block by block, scores and gradient sums vectorised across features (see
/// <see cref="RowMajorKernels"/>), and softplus, σ and the loss vectorised across samples with <see cref="Vector.Exp(Vector{double})"/>
/// and <see cref="Vector.Log(Vector{double})"/>, one of each per sample.
/// </summary>
public static class LogisticVectorized
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
        Span<double> slopes = stackalloc double[RowMajorKernels.BlockSize];
        int width = Vector<double>.Count;
        var one = Vector<double>.One;
        Vector<double> lossSum0 = default,
            slopeSum0 = default;
        double lossSum = 0;
        double slopeSum = 0;
        for (int start = 0; start < n; start += RowMajorKernels.BlockSize)
        {
            int count = Math.Min(RowMajorKernels.BlockSize, n - start);
            var rows = features.Slice(start * k, count * k);
            var blockSlopes = slopes[..count];
            RowMajorKernels.Scores(rows, weights, bias, blockSlopes);

            // zᵢ becomes σ(zᵢ) − yᵢ in place; e^(−|z|) never overflows and gives both softplus and σ.
            // One accumulator per sum suffices here: Exp and Log take far longer than the additions they feed.
            ref double slopeStart = ref MemoryMarshal.GetReference(blockSlopes);
            ref double labelStart = ref MemoryMarshal.GetReference(labels[start..]);
            int i = 0;
            for (; i <= count - width; i += width)
            {
                var z = Vector.LoadUnsafe(ref slopeStart, (nuint)i);
                var label = Vector.LoadUnsafe(ref labelStart, (nuint)i);
                var decay = Vector.Exp(-Vector.Abs(z));
                var onePlusDecay = one + decay;
                var softplus = Vector.Max(z, Vector<double>.Zero) + Vector.Log(onePlusDecay);
                var sigmoid = Vector.ConditionalSelect(Vector.GreaterThan(z, Vector<double>.Zero), one, decay) / onePlusDecay;
                var slope = sigmoid - label;
                slope.StoreUnsafe(ref slopeStart, (nuint)i);
                lossSum0 += softplus - label * z;
                slopeSum0 += slope;
            }

            for (; i < count; i++)
            {
                double z = blockSlopes[i];
                double decay = Math.Exp(-Math.Abs(z));
                double onePlusDecay = 1 + decay;
                double sigmoid = z > 0 ? 1 / onePlusDecay : decay / onePlusDecay;
                lossSum += Math.Max(z, 0) + Math.Log(onePlusDecay) - labels[start + i] * z;
                blockSlopes[i] = sigmoid - labels[start + i];
                slopeSum += blockSlopes[i];
            }

            RowMajorKernels.AddWeightedRows(rows, blockSlopes, dWeights);
        }

        lossSum += Vector.Sum(lossSum0);
        slopeSum += Vector.Sum(slopeSum0);
        double scale = 1.0 / n;
        for (int j = 0; j < k; j++)
        {
            dWeights[j] *= scale;
        }

        dBias = scale * slopeSum;
        return lossSum / n;
    }
}
