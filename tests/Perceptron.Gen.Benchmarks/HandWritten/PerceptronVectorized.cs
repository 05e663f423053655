using System;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Perceptron.Gen.Benchmarks.HandWritten;

/// <summary>
/// The baseline: the perceptron's loss and gradient with <see cref="Vector{T}"/>, two accumulators per sum and a scalar tail.
/// </summary>
/// <remarks>
/// Two accumulators per sum, because a single one makes every iteration wait for the previous addition (about four cycles
/// of latency); with two, consecutive blocks of samples overlap. Loads are unchecked because the loop bound already keeps
/// every index inside both spans, which the JIT cannot prove for <c>i + width</c>.
/// </remarks>
public static class PerceptronVectorized
{
    /// <summary>The mean squared error of <c>ŷ = w·x + b</c> and its gradient, in one vectorised pass.</summary>
    /// <param name="w">The weight.</param>
    /// <param name="b">The bias.</param>
    /// <param name="x">One feature per sample.</param>
    /// <param name="y">One target per sample, as many as <paramref name="x"/>.</param>
    /// <param name="dW">∂L/∂w = 2/n · Σᵢ (ŷᵢ − yᵢ)·xᵢ.</param>
    /// <param name="dB">∂L/∂b = 2/n · Σᵢ (ŷᵢ − yᵢ).</param>
    /// <returns>The mean loss L.</returns>
    public static double Backward(double w, double b, ReadOnlySpan<double> x, ReadOnlySpan<double> y, out double dW, out double dB)
    {
        int n = y.Length;
        if (n == 0 || x.Length != n)
        {
            throw new ArgumentException($"Needs one feature per target and at least one sample: {x.Length} features, {n} targets.");
        }

        ref double xStart = ref MemoryMarshal.GetReference(x);
        ref double yStart = ref MemoryMarshal.GetReference(y);
        int width = Vector<double>.Count;
        var weight = new Vector<double>(w);
        var bias = new Vector<double>(b);
        Vector<double> lossSum0 = default,
            lossSum1 = default;
        Vector<double> errorTimesXSum0 = default,
            errorTimesXSum1 = default;
        Vector<double> errorSum0 = default,
            errorSum1 = default;
        int i = 0;
        for (; i <= n - 2 * width; i += 2 * width)
        {
            var x0 = Vector.LoadUnsafe(ref xStart, (nuint)i);
            var x1 = Vector.LoadUnsafe(ref xStart, (nuint)(i + width));
            var error0 = weight * x0 + bias - Vector.LoadUnsafe(ref yStart, (nuint)i);
            var error1 = weight * x1 + bias - Vector.LoadUnsafe(ref yStart, (nuint)(i + width));
            lossSum0 += error0 * error0;
            lossSum1 += error1 * error1;
            errorTimesXSum0 += error0 * x0;
            errorTimesXSum1 += error1 * x1;
            errorSum0 += error0;
            errorSum1 += error1;
        }

        double lossSum = Vector.Sum(lossSum0 + lossSum1);
        double errorTimesXSum = Vector.Sum(errorTimesXSum0 + errorTimesXSum1);
        double errorSum = Vector.Sum(errorSum0 + errorSum1);
        for (; i < n; i++)
        {
            double error = w * x[i] + b - y[i];
            lossSum += error * error;
            errorTimesXSum += error * x[i];
            errorSum += error;
        }

        dW = 2.0 / n * errorTimesXSum;
        dB = 2.0 / n * errorSum;
        return lossSum / n;
    }
}
