using System;
using Perceptron.Gen;

namespace Perceptron.Gen.Tests.Numeric;

/// <summary>while and do loops, break and continue, differentiated when this project builds.</summary>
public static partial class JumpOperations
{
    /// <summary>Halves x until it is below 1, and scales by a: the trip count depends on x.</summary>
    [Differentiable]
    public static double HalveUntilSmall(double x, double a)
    {
        double value = x;
        while (value >= 1)
        {
            value = value / 2 + a * 0.01;
        }

        return value * a;
    }

    [Differentiable]
    public static double DoLoop(double x)
    {
        double value = x;
        do
        {
            value = value * value / 4 + 0.1;
        } while (value > 0.5 && value < 100);

        return value;
    }

    [Differentiable]
    public static double SumUntilLarge(double[] x, double threshold)
    {
        double total = 0;
        for (int i = 0; i < x.Length; i++)
        {
            total += x[i] * x[i];
            if (total > threshold)
            {
                break;
            }
        }

        return total;
    }

    [Differentiable]
    public static double SkipNegatives(double[] x, double scale)
    {
        double total = 0;
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] < 0)
            {
                continue;
            }

            total += Math.Sqrt(x[i]) * scale;
        }

        return total;
    }

    [Differentiable]
    public static double ProductWithContinueAndBreak(double[] x)
    {
        double product = 1;
        foreach (var element in x)
        {
            if (element == 0)
            {
                continue;
            }

            product *= element;
            if (Math.Abs(product) > 50)
            {
                break;
            }
        }

        return product;
    }
}
