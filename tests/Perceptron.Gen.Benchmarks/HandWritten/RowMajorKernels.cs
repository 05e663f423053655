using System;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Perceptron.Gen.Benchmarks.HandWritten;

/// <summary>
/// The two halves of a vectorised k-feature gradient over a block of samples: the scores <c>zᵢ = b + w·xᵢ</c> (vectorised
/// across a row's features), and the weighted row sums <c>Σᵢ cᵢ·xᵢ</c> (vectorised across features, accumulated over the
/// block's samples in registers).
/// </summary>
/// <remarks>
/// Splitting a block into these two passes keeps the k running gradient sums in registers for a whole block instead of
/// loading and storing them once per sample, which would chain every sample to the previous one through memory. A block
/// is small enough (<see cref="BlockSize"/> rows of k = 8 doubles, 16 KiB) to be read twice from L1.
/// </remarks>
public static class RowMajorKernels
{
    /// <summary>The number of samples per block.</summary>
    public const int BlockSize = 256;

    /// <summary>Writes <c>zᵢ = bias + Σⱼ wⱼ·xᵢⱼ</c> for each row of the block.</summary>
    /// <param name="rows">The block's rows, row-major, <c>scores.Length · weights.Length</c> values.</param>
    /// <param name="weights">One weight per feature.</param>
    /// <param name="bias">The bias.</param>
    /// <param name="scores">Receives one score per row.</param>
    public static void Scores(ReadOnlySpan<double> rows, ReadOnlySpan<double> weights, double bias, Span<double> scores)
    {
        int k = weights.Length;
        int width = Vector<double>.Count;
        int vectorEnd = k - k % width;
        ref double weightStart = ref MemoryMarshal.GetReference(weights);
        for (int i = 0; i < scores.Length; i++)
        {
            var row = rows.Slice(i * k, k);
            ref double rowStart = ref MemoryMarshal.GetReference(row);
            var products = Vector<double>.Zero;
            for (int j = 0; j < vectorEnd; j += width)
            {
                products += Vector.LoadUnsafe(ref weightStart, (nuint)j) * Vector.LoadUnsafe(ref rowStart, (nuint)j);
            }

            double score = bias + Vector.Sum(products);
            for (int j = vectorEnd; j < k; j++)
            {
                score += weights[j] * row[j];
            }

            scores[i] = score;
        }
    }

    /// <summary>Adds <c>Σᵢ cᵢ·xᵢⱼ</c> over the block's rows to each <c>sums[j]</c>.</summary>
    /// <param name="rows">The block's rows, row-major, <c>coefficients.Length · sums.Length</c> values.</param>
    /// <param name="coefficients">One coefficient per row: the derivative of the loss with respect to the row's score.</param>
    /// <param name="sums">One running sum per feature, added to.</param>
    public static void AddWeightedRows(ReadOnlySpan<double> rows, ReadOnlySpan<double> coefficients, Span<double> sums)
    {
        int k = sums.Length;
        int count = coefficients.Length;
        int width = Vector<double>.Count;
        int vectorEnd = k - k % width;
        ref double rowsStart = ref MemoryMarshal.GetReference(rows);
        ref double sumsStart = ref MemoryMarshal.GetReference(sums);
        for (int j = 0; j < vectorEnd; j += width)
        {
            // Even and odd rows in separate accumulators, so that consecutive additions do not wait for each other.
            Vector<double> even = default,
                odd = default;
            int i = 0;
            for (; i + 1 < count; i += 2)
            {
                even += new Vector<double>(coefficients[i]) * Vector.LoadUnsafe(ref rowsStart, (nuint)(i * k + j));
                odd += new Vector<double>(coefficients[i + 1]) * Vector.LoadUnsafe(ref rowsStart, (nuint)((i + 1) * k + j));
            }

            if (i < count)
            {
                even += new Vector<double>(coefficients[i]) * Vector.LoadUnsafe(ref rowsStart, (nuint)(i * k + j));
            }

            (Vector.LoadUnsafe(ref sumsStart, (nuint)j) + even + odd).StoreUnsafe(ref sumsStart, (nuint)j);
        }

        for (int j = vectorEnd; j < k; j++)
        {
            double sum = 0;
            for (int i = 0; i < count; i++)
            {
                sum += coefficients[i] * rows[i * k + j];
            }

            sums[j] += sum;
        }
    }
}
