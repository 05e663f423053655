using Perceptron.Gen;

namespace Perceptron.Gen.Benchmarks.Models;

/// <summary>
/// The same perceptron and loss as <see cref="PricePerceptron"/>, written as one <c>[Differentiable]</c> method with its
/// own loop over samples, as a user who does not use <c>[Model]</c>/<c>[Loss]</c> writes it; the generator adds
/// <c>MeanSquaredErrorGradient</c>.
/// </summary>
public static partial class LineFit
{
    /// <summary><c>L = 1/n · Σᵢ (w·xᵢ + b − yᵢ)²</c>.</summary>
    /// <param name="w">The weight; differentiated.</param>
    /// <param name="b">The bias; differentiated.</param>
    /// <param name="x">One feature per sample; data.</param>
    /// <param name="y">One target per sample; data.</param>
    /// <returns>The mean squared error.</returns>
    [Differentiable(nameof(w), nameof(b))]
    public static double MeanSquaredError(double w, double b, double[] x, double[] y)
    {
        double total = 0;
        for (int i = 0; i < y.Length; i++)
        {
            double error = w * x[i] + b - y[i];
            total += error * error;
        }

        return total / y.Length;
    }
}
