using System;
using Perceptron.Gen;

namespace Corpus.Statistics;

/// <summary>Softmax and log-sum-exp over spans, shifted by the maximum so that no exponential overflows.</summary>
public static partial class Softmax
{
    // domain: logits[5] -4..4, index = 2
    [Differentiable]
    public static double Probability(ReadOnlySpan<double> logits, int index)
    {
        double max = logits[0];
        for (int i = 1; i < logits.Length; i++)
        {
            max = Math.Max(max, logits[i]);
        }

        double sum = 0;
        for (int i = 0; i < logits.Length; i++)
        {
            sum += Math.Exp(logits[i] - max);
        }

        return Math.Exp(logits[index] - max) / sum;
    }

    // domain: values[6] -10..10
    [Differentiable]
    public static double LogSumExp(double[] values)
    {
        double max = values[0];
        foreach (double value in values)
        {
            if (value > max)
            {
                max = value;
            }
        }

        double sum = 0;
        foreach (double value in values)
        {
            sum += Math.Exp(value - max);
        }

        return max + Math.Log(sum);
    }

    // Entropy of the softmax distribution at temperature t, in float.
    // domain: a -3..3, b -3..3, c -3..3, temperature 0.5..2
    [Differentiable]
    public static float Entropy(float a, float b, float c, float temperature)
    {
        float ea = MathF.Exp(a / temperature);
        float eb = MathF.Exp(b / temperature);
        float ec = MathF.Exp(c / temperature);
        float sum = ea + eb + ec;
        float pa = ea / sum;
        float pb = eb / sum;
        float pc = ec / sum;
        return -(pa * MathF.Log(pa) + pb * MathF.Log(pb) + pc * MathF.Log(pc));
    }
}
