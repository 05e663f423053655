using System;
using Perceptron.Gen;

namespace Corpus.MachineLearning;

/// <summary>Losses of one prediction, and of a batch.</summary>
public static partial class Losses
{
    // domain: prediction -3..3, target -3..3, delta 0.5..2
    [Differentiable]
    public static double Huber(double prediction, double target, double delta)
    {
        double residual = prediction - target;
        if (Math.Abs(residual) <= delta)
        {
            return 0.5 * residual * residual;
        }

        return delta * (Math.Abs(residual) - 0.5 * delta);
    }

    // domain: prediction -3..3, target -3..3
    [Differentiable]
    public static double LogCosh(double prediction, double target) => Math.Log(Math.Cosh(prediction - target));

    // domain: score -3..3, label -1..1
    [Differentiable]
    public static double Hinge(double score, double label) => Math.Max(0, 1 - label * score);

    // Binary cross-entropy from a logit, in the form that stays finite for large logits.
    // domain: logit -20..20, label 0..1
    [Differentiable]
    public static double CrossEntropyFromLogit(double logit, double label) =>
        Math.Max(logit, 0) - logit * label + Math.Log(1 + Math.Exp(-Math.Abs(logit)));

    // The negative log of softmax(logits)[label].
    // domain: logits[4] -5..5, label = 1
    [Differentiable]
    public static double CrossEntropy(ReadOnlySpan<double> logits, int label)
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

        return max + Math.Log(sum) - logits[label];
    }

    // domain: predictions[6] -2..2, targets[6] -2..2
    [Differentiable(nameof(predictions))]
    public static double MeanSquaredError(ReadOnlySpan<double> predictions, ReadOnlySpan<double> targets)
    {
        double total = 0;
        for (int i = 0; i < predictions.Length; i++)
        {
            total += (predictions[i] - targets[i]) * (predictions[i] - targets[i]);
        }

        return total / predictions.Length;
    }

    // Stops at the first prediction far off: a return inside a loop.
    [Differentiable]
    public static double FirstLargeError(double[] predictions, double[] targets)
    {
        for (int i = 0; i < predictions.Length; i++)
        {
            double error = predictions[i] - targets[i];
            if (error * error > 1)
            {
                {|PGEN005:return error;|}
            }
        }

        return 0;
    }
}
