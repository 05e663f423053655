using System;
using Perceptron.Gen;

namespace Perceptron.Gen.Tests.Numeric;

/// <summary>
/// Inner products, which the generator runs on vector lanes, in the shapes users write them: whole arrays, a row of a
/// row-major matrix, one array against itself or against itself shifted, a loop that starts late, float, and one inside an
/// outer loop whose backward pass runs in reverse.
/// </summary>
public static partial class InnerProductOperations
{
    [Differentiable]
    public static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (int j = 0; j < a.Length; j++)
        {
            sum += a[j] * b[j];
        }

        return sum;
    }

    [Differentiable(nameof(weights))]
    public static double RowScore(ReadOnlySpan<double> weights, double[] matrix, int row)
    {
        double score = 0;
        for (int j = 0; j < weights.Length; j++)
        {
            score += weights[j] * matrix[row * weights.Length + j];
        }

        return score;
    }

    [Differentiable]
    public static double ShiftedProducts(double[] a)
    {
        double sum = 0;
        for (int j = 0; j < a.Length - 1; j++)
        {
            sum += a[j] * a[j + 1];
        }

        return sum;
    }

    [Differentiable]
    public static double DotFrom(double[] a, double[] b, int first)
    {
        double sum = 0;
        for (int j = first; j < a.Length; j++)
        {
            sum += a[j] * b[j];
        }

        return sum;
    }

    [Differentiable]
    public static float DotSingle(float[] a, float[] b)
    {
        float sum = 0;
        for (int j = 0; j < a.Length; j++)
        {
            sum += a[j] * b[j];
        }

        return sum;
    }

    /// <summary>Π tanh(wᵢ · xᵢ): the outer loop carries a product, so its backward pass recomputes each inner product.</summary>
    [Differentiable(nameof(weights))]
    public static double ProductOfActivations(double[] weights, double[] inputs, int rows)
    {
        int k = weights.Length / rows;
        double product = 1;
        for (int i = 0; i < rows; i++)
        {
            double activation = 0;
            for (int j = 0; j < k; j++)
            {
                activation += weights[i * k + j] * inputs[j];
            }

            product *= Math.Tanh(activation);
        }

        return product;
    }
}
