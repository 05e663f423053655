using System;
using Perceptron.Gen;

namespace Perceptron.Gen.Tests.Numeric;

/// <summary>
/// Loops over samples whose iteration is arithmetic, Exp, Log, Sqrt, Abs and branches on the sample's elements, which
/// the generator runs on vector lanes, and one with a sine, which has no vector form and stays scalar.
/// </summary>
public static partial class SampleLaneOperations
{
    [Differentiable(nameof(w), nameof(b))]
    public static double MeanSquaredError(double w, double b, double[] x, double[] y)
    {
        double total = 0;
        for (int i = 0; i < y.Length; i++)
        {
            double error = w * x[i] + b - y[i];
            total += error * error;
        }

        return total / y.Length;
    }

    /// <summary>Two features, a cube, a division by a constant and a subtraction from the sum.</summary>
    [Differentiable(nameof(a), nameof(c), nameof(d))]
    public static double MixedTerms(double a, double c, double d, ReadOnlySpan<double> u, double[] v)
    {
        double total = 1;
        for (int i = 0; i < v.Length; i++)
        {
            double p = a * u[i] - c * v[i] / 4 + d;
            total -= p * p * p / 3;
            total += 0.5 * a * v[i];
        }

        return total;
    }

    [Differentiable(nameof(w))]
    public static double ExponentialFit(double w, double[] x, double[] y)
    {
        double total = 0;
        for (int i = 0; i < y.Length; i++)
        {
            double error = Math.Exp(w * x[i]) - y[i];
            total += error * error;
        }

        return total;
    }

    /// <summary>The Huber loss: an absolute value and a branch per sample.</summary>
    [Differentiable(nameof(w), nameof(b))]
    public static double Huber(double w, double b, double[] x, double[] y)
    {
        double total = 0;
        for (int i = 0; i < y.Length; i++)
        {
            double residual = w * x[i] + b - y[i];
            double size = Math.Abs(residual);
            total += size < 1 ? 0.5 * residual * residual : size - 0.5;
        }

        return total;
    }

    [Differentiable(nameof(w))]
    public static double SoftplusAndRoot(double w, double[] x)
    {
        double total = 0;
        for (int i = 0; i < x.Length; i++)
        {
            total += Math.Log(1 + Math.Exp(w * x[i])) + Math.Sqrt(1 + w * w * x[i] * x[i]);
        }

        return total;
    }

    [Differentiable(nameof(w))]
    public static double SineFit(double w, double[] x, double[] y)
    {
        double total = 0;
        for (int i = 0; i < y.Length; i++)
        {
            double error = Math.Sin(w * x[i]) - y[i];
            total += error * error;
        }

        return total;
    }

    /// <summary>Squared errors below a threshold, the rest dropped: a NaN error takes the branch that drops it.</summary>
    [Differentiable(nameof(w))]
    public static double ClippedSquaredError(double w, double[] x, double[] y)
    {
        double total = 0;
        for (int i = 0; i < y.Length; i++)
        {
            double error = w * x[i] - y[i];
            total += error < 1 ? error * error : 0;
        }

        return total;
    }
}
