using System;

namespace Perceptron.Gen.Benchmarks.Data;

/// <summary>
/// Deterministic data for the gradient benchmarks: the same seed gives the same numbers on every run and in every
/// BenchmarkDotNet process, so timings and the agreement checks see identical inputs.
/// </summary>
public static class SyntheticData
{
    private const int Seed = 20240604;

    /// <summary>One feature per sample, uniform in [0, 10), and targets <c>3·x − 2</c> plus noise.</summary>
    /// <param name="sampleCount">The number of samples n.</param>
    /// <returns>The features x and the targets y, each of length n.</returns>
    public static (double[] X, double[] Y) OneFeature(int sampleCount)
    {
        var random = new Random(Seed);
        var x = new double[sampleCount];
        var y = new double[sampleCount];
        for (int i = 0; i < sampleCount; i++)
        {
            x[i] = 10 * random.NextDouble();
            y[i] = 3 * x[i] - 2 + Noise(random);
        }

        return (x, y);
    }

    /// <summary>Row-major features uniform in [−1, 1) and one true weight vector, for both the linear and the logistic model.</summary>
    /// <param name="sampleCount">The number of samples n.</param>
    /// <param name="featureCount">The number of features k.</param>
    /// <returns>The features (n·k values, sample i's feature j at <c>i·k + j</c>) and the weights that generated the targets.</returns>
    public static (double[] Features, double[] TrueWeights) Features(int sampleCount, int featureCount)
    {
        var random = new Random(Seed + featureCount);
        var features = new double[sampleCount * featureCount];
        for (int index = 0; index < features.Length; index++)
        {
            features[index] = 2 * random.NextDouble() - 1;
        }

        var trueWeights = new double[featureCount];
        for (int j = 0; j < featureCount; j++)
        {
            trueWeights[j] = j % 2 == 0 ? 1.0 + 0.25 * j : -0.5 - 0.125 * j;
        }

        return (features, trueWeights);
    }

    /// <summary>Targets of a linear model: <c>Σⱼ wⱼ·xᵢⱼ + 0.5</c> plus noise.</summary>
    /// <param name="features">Row-major features from <see cref="Features"/>.</param>
    /// <param name="trueWeights">The weights that generate the targets.</param>
    /// <returns>One target per sample.</returns>
    public static double[] LinearTargets(double[] features, double[] trueWeights)
    {
        var random = new Random(Seed + 1);
        int k = trueWeights.Length;
        var targets = new double[features.Length / k];
        for (int i = 0; i < targets.Length; i++)
        {
            targets[i] = LinearScore(features, trueWeights, i) + 0.5 + Noise(random);
        }

        return targets;
    }

    /// <summary>Labels 0 or 1 drawn with probability <c>σ(Σⱼ wⱼ·xᵢⱼ)</c>, so both classes and every z in between occur.</summary>
    /// <param name="features">Row-major features from <see cref="Features"/>.</param>
    /// <param name="trueWeights">The weights of the true logistic model.</param>
    /// <returns>One label per sample.</returns>
    public static double[] LogisticLabels(double[] features, double[] trueWeights)
    {
        var random = new Random(Seed + 2);
        int k = trueWeights.Length;
        var labels = new double[features.Length / k];
        for (int i = 0; i < labels.Length; i++)
        {
            double probability = 1 / (1 + Math.Exp(-LinearScore(features, trueWeights, i)));
            labels[i] = random.NextDouble() < probability ? 1 : 0;
        }

        return labels;
    }

    /// <summary>A weight vector away from the truth, so that errors and gradients are far from zero and compare well.</summary>
    /// <param name="featureCount">The number of features k.</param>
    /// <returns>The weights at which gradients are taken.</returns>
    public static double[] EvaluationWeights(int featureCount)
    {
        var weights = new double[featureCount];
        for (int j = 0; j < featureCount; j++)
        {
            weights[j] = 0.1 * (j + 1) - 0.3;
        }

        return weights;
    }

    private static double LinearScore(double[] features, double[] weights, int sample)
    {
        double score = 0;
        for (int j = 0; j < weights.Length; j++)
        {
            score += weights[j] * features[sample * weights.Length + j];
        }

        return score;
    }

    // A sum of three uniforms: roughly normal, cheap and reproducible without a library.
    private static double Noise(Random random) => random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5;
}
