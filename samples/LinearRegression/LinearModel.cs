using System;
using Perceptron.Gen;

namespace LinearRegression;

/// <summary>
/// The linear model <c>ŷᵢ = Σⱼ wⱼ·xᵢⱼ + b</c> scored by its mean squared error. Perceptron.Gen reads
/// <see cref="MeanSquaredError"/> at compile time and adds <c>MeanSquaredErrorGradient</c> beside it, with ∂L/∂w for every
/// weight and ∂L/∂b; the trainer takes its gradients from there only.
/// </summary>
public static partial class LinearModel
{
    /// <summary>The mean squared error of the linear model over a data set.</summary>
    /// <param name="weights">One weight per feature; differentiated.</param>
    /// <param name="bias">The intercept; differentiated.</param>
    /// <param name="features">The features, row-major: sample i's feature j is at <c>i · featureCount + j</c>; data.</param>
    /// <param name="targets">One target per sample; data.</param>
    /// <param name="featureCount">The number of features k, the length of <paramref name="weights"/>.</param>
    /// <returns><c>L = 1/n · Σᵢ (ŷᵢ − yᵢ)²</c>.</returns>
    [Differentiable(nameof(weights), nameof(bias))]
    public static double MeanSquaredError(ReadOnlySpan<double> weights, double bias, double[] features, double[] targets, int featureCount)
    {
        int sampleCount = targets.Length;
        double sum = 0;
        for (int i = 0; i < sampleCount; i++)
        {
            double prediction = bias;
            for (int j = 0; j < featureCount; j++)
            {
                prediction += weights[j] * features[i * featureCount + j];
            }

            double error = prediction - targets[i];
            sum += error * error;
        }

        return sum / sampleCount;
    }
}
