using System;

namespace Perceptron.Gen.Benchmarks.HandWritten;

/// <summary>
/// The perceptron's loss and gradient as a careful person writes them without a generator: one scalar pass, three sums.
/// </summary>
public static class PerceptronScalar
{
    /// <summary>The mean squared error of <c>ŷ = w·x + b</c> and its gradient, in one pass.</summary>
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

        double lossSum = 0;
        double errorTimesXSum = 0;
        double errorSum = 0;
        for (int i = 0; i < n; i++)
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
