using System;
using Xunit;

namespace Samples.Tests;

/// <summary>Checks a generated gradient against central finite differences of the function it differentiates.</summary>
internal static class FiniteDifferences
{
    /// <summary>
    /// Fails unless every component of <paramref name="gradient"/> agrees with <c>(f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h</c>, with
    /// <c>h = 10⁻⁵·max(1, |xᵢ|)</c>, to within <paramref name="tolerance"/> of the gradient's largest component. The central
    /// difference's own error is about h² times the third derivative plus rounding of 10⁻¹⁶·|f|/h, far below the tolerance.
    /// </summary>
    public static void AssertGradient(Func<double[], double> function, double[] point, double[] gradient, double tolerance = 1e-6)
    {
        Assert.Equal(point.Length, gradient.Length);
        double largest = 0;
        foreach (double component in gradient)
        {
            largest = Math.Max(largest, Math.Abs(component));
        }

        Assert.True(largest > 0, "The gradient is zero everywhere, which checks nothing: choose another point.");
        for (int i = 0; i < point.Length; i++)
        {
            double step = 1e-5 * Math.Max(1, Math.Abs(point[i]));
            double[] forward = (double[])point.Clone();
            double[] backward = (double[])point.Clone();
            forward[i] += step;
            backward[i] -= step;
            double numerical = (function(forward) - function(backward)) / (forward[i] - backward[i]);
            double difference = Math.Abs(numerical - gradient[i]);
            Assert.True(
                difference <= tolerance * largest,
                $"Component {i}: generated {gradient[i]:R}, finite difference {numerical:R}, difference {difference:G3} "
                    + $"above {tolerance:G2} × {largest:G3}."
            );
        }
    }

    /// <summary>A point with components drawn uniformly from ±<paramref name="spread"/>.</summary>
    public static double[] RandomPoint(Random random, int length, double spread)
    {
        var point = new double[length];
        for (int i = 0; i < length; i++)
        {
            point[i] = spread * ((2 * random.NextDouble()) - 1);
        }

        return point;
    }
}
