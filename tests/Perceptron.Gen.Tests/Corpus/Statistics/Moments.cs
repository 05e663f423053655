using System;
using Perceptron.Gen;

namespace Corpus.Statistics;

/// <summary>Moments of a sample.</summary>
public static partial class Moments
{
    // domain: x[7] -5..5
    [Differentiable]
    public static double Variance(ReadOnlySpan<double> x)
    {
        double mean = 0;
        for (int i = 0; i < x.Length; i++)
        {
            mean += x[i];
        }

        mean /= x.Length;
        double squares = 0;
        for (int i = 0; i < x.Length; i++)
        {
            squares += (x[i] - mean) * (x[i] - mean);
        }

        return squares / (x.Length - 1);
    }

    // domain: values[5] -2..2, weights[5] 0.1..1
    [Differentiable]
    public static double WeightedMean(double[] values, double[] weights)
    {
        double top = 0;
        double bottom = 0;
        for (int i = 0; i < values.Length; i++)
        {
            top += weights[i] * values[i];
            bottom += weights[i];
        }

        return top / bottom;
    }
}
