using System;
using Perceptron.Gen;

namespace Perceptron.Gen.Tests.Numeric;

/// <summary>
/// Loops over samples whose iteration is plain arithmetic on the sample's elements, which the generator runs on vector
/// lanes, and one with a call, which stays scalar.
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
}
