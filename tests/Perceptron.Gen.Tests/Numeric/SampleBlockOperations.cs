using System;
using Perceptron.Gen;

namespace Perceptron.Gen.Tests.Numeric;

/// <summary>
/// Loops over samples whose iteration opens with an inner product over features, which the generator runs in blocks
/// of samples: the inner products sample by sample, the rest on lanes across samples, the weight gradient on lanes
/// across features.
/// </summary>
public static partial class SampleBlockOperations
{
    [Differentiable(nameof(weights), nameof(bias))]
    public static double MeanSquaredError(ReadOnlySpan<double> weights, double bias, double[] features, double[] targets)
    {
        int k = weights.Length;
        double total = 0;
        for (int i = 0; i < targets.Length; i++)
        {
            double prediction = bias;
            for (int j = 0; j < k; j++)
            {
                prediction += weights[j] * features[i * k + j];
            }

            double error = prediction - targets[i];
            total += error * error;
        }

        return total / targets.Length;
    }

    /// <summary>Softplus written stably, one branch per sign: on lanes both branches share one exponential and one logarithm.</summary>
    [Differentiable(nameof(weights), nameof(bias))]
    public static double MeanCrossEntropy(ReadOnlySpan<double> weights, double bias, double[] features, double[] labels)
    {
        int k = weights.Length;
        double total = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            double z = bias;
            for (int j = 0; j < k; j++)
            {
                z += weights[j] * features[i * k + j];
            }

            double softplus = z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
            total += softplus - labels[i] * z;
        }

        return total / labels.Length;
    }

    /// <summary>The hinge loss of a linear classifier: a branch per sample, and a square root for a smooth penalty.</summary>
    [Differentiable(nameof(weights), nameof(bias))]
    public static double Hinge(double[] weights, double bias, double[] features, double[] labels)
    {
        int k = weights.Length;
        double total = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            double score = bias;
            for (int j = 0; j < k; j++)
            {
                score += weights[j] * features[i * k + j];
            }

            double margin = 1 - labels[i] * score;
            total += margin > 0 ? margin : 0;
            total += 0.01 * Math.Sqrt(score * score + 1);
        }

        return total;
    }

    /// <summary>
    /// An inner product bounded by an integer parameter, after a local computed before the loop and one computed per
    /// sample from it: what the block's first step reads from the method besides the arrays.
    /// </summary>
    [Differentiable(nameof(weights), nameof(bias))]
    public static double ShiftedSquaredError(
        double[] weights,
        double bias,
        double[] features,
        double[] targets,
        int featureCount,
        double scale
    )
    {
        double shift = bias * scale;
        double total = 0;
        for (int i = 0; i < targets.Length; i++)
        {
            double offset = shift + 1;
            double prediction = offset;
            for (int j = 0; j < featureCount; j++)
            {
                prediction += weights[j] * features[i * featureCount + j];
            }

            double error = prediction - targets[i];
            total += error * error;
        }

        return total;
    }

    /// <summary>Each prediction reads the running sum: a loop the blocks must not take, since they fill a block's sums last.</summary>
    [Differentiable(nameof(weights), nameof(bias))]
    public static double RunningSumFeedback(double[] weights, double bias, double[] features, double[] targets)
    {
        int k = weights.Length;
        double total = 0;
        for (int i = 0; i < targets.Length; i++)
        {
            double prediction = bias + 0.001 * total;
            for (int j = 0; j < k; j++)
            {
                prediction += weights[j] * features[i * k + j];
            }

            double error = prediction - targets[i];
            total += error * error;
        }

        return total;
    }
}
