using System.Collections.Immutable;

namespace Samples.Common.Training;

/// <summary>A linear function of k features, <c>z = Σⱼ wⱼ·xⱼ + b</c>: the weights and the bias (intercept).</summary>
/// <param name="Weights">One weight per feature.</param>
/// <param name="Bias">The intercept: the value at x = 0.</param>
public sealed record LinearCoefficients(ImmutableArray<double> Weights, double Bias)
{
    /// <summary>The function's value for one row of row-major features.</summary>
    /// <param name="features">Row-major features with <see cref="Weights"/>.Length columns.</param>
    /// <param name="row">The 0-based row.</param>
    /// <returns><c>Σⱼ wⱼ·x[row, j] + b</c>.</returns>
    public double Evaluate(ImmutableArray<double> features, int row)
    {
        int featureCount = Weights.Length;
        double value = Bias;
        for (int j = 0; j < featureCount; j++)
        {
            value += Weights[j] * features[(row * featureCount) + j];
        }

        return value;
    }
}
