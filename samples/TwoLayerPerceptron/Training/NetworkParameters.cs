using System;

namespace TwoLayerPerceptron.Training;

/// <summary>
/// The weights of a <see cref="TanhNetwork"/>, laid out as its objective reads them. The same shape holds a gradient, or the
/// velocities of the momentum step.
/// </summary>
public sealed class NetworkParameters
{
    /// <summary>Creates parameters of the given shape, all zero.</summary>
    /// <param name="featureCount">The number of inputs k; positive.</param>
    /// <param name="hiddenCount">The number of hidden units h; positive.</param>
    public NetworkParameters(int featureCount, int hiddenCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(featureCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hiddenCount);
        FeatureCount = featureCount;
        HiddenWeights = new double[hiddenCount * featureCount];
        HiddenBiases = new double[hiddenCount];
        OutputWeights = new double[hiddenCount];
    }

    /// <summary>The number of inputs k.</summary>
    public int FeatureCount { get; }

    /// <summary>The number of hidden units h.</summary>
    public int HiddenCount => HiddenBiases.Length;

    /// <summary>V, row-major h × k: hidden unit h's weight for feature j is at <c>h · k + j</c>.</summary>
    public double[] HiddenWeights { get; }

    /// <summary>c, one bias per hidden unit.</summary>
    public double[] HiddenBiases { get; }

    /// <summary>u, the output's weight for each hidden unit.</summary>
    public double[] OutputWeights { get; }

    /// <summary>b, the output's bias.</summary>
    public double OutputBias { get; set; }

    /// <summary>The number of trainable values: h·k + h + h + 1.</summary>
    public int Count => HiddenWeights.Length + HiddenBiases.Length + OutputWeights.Length + 1;

    /// <summary>
    /// Draws starting weights: each hidden weight uniformly from ±1/√k and each output weight from ±1/√h, so every unit's input
    /// starts with a spread of about 1 on standardized features, in tanh's steep middle; biases start at 0.
    /// </summary>
    /// <param name="featureCount">The number of inputs k.</param>
    /// <param name="hiddenCount">The number of hidden units h.</param>
    /// <param name="random">The source of randomness, seeded for a repeatable run.</param>
    /// <returns>The starting parameters.</returns>
    public static NetworkParameters Initialize(int featureCount, int hiddenCount, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var parameters = new NetworkParameters(featureCount, hiddenCount);
        Fill(parameters.HiddenWeights, 1 / Math.Sqrt(featureCount), random);
        Fill(parameters.OutputWeights, 1 / Math.Sqrt(hiddenCount), random);
        return parameters;
    }

    /// <summary>
    /// The output's logit z for one sample, the same forward pass as <see cref="TanhNetwork.Objective"/>, written again in plain
    /// code for predictions: P(class 1) = σ(z), so the predicted class is 1 exactly where z &gt; 0.
    /// </summary>
    /// <param name="features">Row-major standardized features, <see cref="FeatureCount"/> per row.</param>
    /// <param name="row">The 0-based sample.</param>
    /// <returns><c>z = Σₕ uₕ·tanh(Σⱼ Vₕⱼ·xⱼ + cₕ) + b</c>.</returns>
    public double Logit(ReadOnlySpan<double> features, int row)
    {
        double z = OutputBias;
        for (int h = 0; h < HiddenCount; h++)
        {
            double activation = HiddenBiases[h];
            for (int j = 0; j < FeatureCount; j++)
            {
                activation += HiddenWeights[(h * FeatureCount) + j] * features[(row * FeatureCount) + j];
            }

            z += OutputWeights[h] * Math.Tanh(activation);
        }

        return z;
    }

    private static void Fill(double[] values, double limit, Random random)
    {
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = limit * ((2 * random.NextDouble()) - 1);
        }
    }
}
