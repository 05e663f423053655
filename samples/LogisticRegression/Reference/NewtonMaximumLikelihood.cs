using System;
using System.Collections.Immutable;
using LogisticRegression.Training;
using Samples.Common.Loading;
using Samples.Common.Training;

namespace LogisticRegression.Reference;

/// <summary>
/// The maximum-likelihood logistic fit computed by Newton's method (iteratively reweighted least squares), in the data's own
/// units, to check the trained perceptron against. It shares no code with the model, the generated gradient or the trainer.
/// </summary>
/// <remarks>
/// With X = [1 | features] and pᵢ = σ(xᵢ·β), the log-likelihood has the gradient Xᵀ(y − p) and the Hessian −XᵀWX with
/// W = diag(pᵢ(1 − pᵢ)). Each iteration solves XᵀWX·δ = Xᵀ(y − p) by Cholesky and steps β ← β + δ. From β = 0 the
/// iteration converges quadratically, doubling its correct digits each step, whenever the maximum exists: seven steps here.
/// </remarks>
public static class NewtonMaximumLikelihood
{
    /// <summary>The most iterations tried before concluding that there is no maximum.</summary>
    public const int MaxIterations = 100;

    // A step this small relative to β leaves an error of about its square: the fit is exact to rounding.
    private const double ConvergedStep = 1e-10;

    /// <summary>Fits the data.</summary>
    /// <param name="table">The data, with classes 0 and 1 as the target.</param>
    /// <param name="iterations">How many Newton steps it took.</param>
    /// <returns>The maximum-likelihood perceptron with its log-likelihood and accuracy.</returns>
    /// <exception cref="DataFileException">
    /// There is no maximum: the features separate the classes perfectly (the likelihood then grows without bound) or depend
    /// linearly on each other.
    /// </exception>
    public static ClassifierFit Fit(FeatureTable table, out int iterations)
    {
        ArgumentNullException.ThrowIfNull(table);
        int size = table.FeatureCount + 1;
        var beta = new double[size];
        for (iterations = 1; iterations <= MaxIterations; iterations++)
        {
            (double[] gradient, double[] hessian) = GradientAndInformation(table, beta);
            if (!CholeskySolver.TrySolve(hessian, size, gradient, out double[] step))
            {
                throw NoMaximum(table, "its Hessian is singular");
            }

            double largestStep = 0;
            double largestBeta = 0;
            for (int c = 0; c < size; c++)
            {
                beta[c] += step[c];
                largestStep = Math.Max(largestStep, Math.Abs(step[c]));
                largestBeta = Math.Max(largestBeta, Math.Abs(beta[c]));
            }

            if (largestStep <= ConvergedStep * Math.Max(largestBeta, 1))
            {
                var coefficients = new LinearCoefficients(ImmutableArray.Create(beta, 1, table.FeatureCount), beta[0]);
                return ClassifierFit.Measure(coefficients, table);
            }
        }

        throw NoMaximum(table, $"it did not converge in {MaxIterations} iterations");
    }

    /// <summary>Xᵀ(y − p) and XᵀWX at β, where column 0 of X is the constant 1 and column j + 1 is feature j.</summary>
    private static (double[] Gradient, double[] Information) GradientAndInformation(FeatureTable table, double[] beta)
    {
        int size = beta.Length;
        var gradient = new double[size];
        var information = new double[size * size];
        var row = new double[size];
        for (int i = 0; i < table.RowCount; i++)
        {
            row[0] = 1;
            double z = beta[0];
            for (int j = 0; j < table.FeatureCount; j++)
            {
                row[j + 1] = table.Feature(i, j);
                z += beta[j + 1] * row[j + 1];
            }

            double probability = 1 / (1 + Math.Exp(-z));
            double weight = probability * (1 - probability);
            double residual = table.Targets[i] - probability;
            for (int a = 0; a < size; a++)
            {
                gradient[a] += row[a] * residual;
                for (int b = 0; b < size; b++)
                {
                    information[(a * size) + b] += weight * row[a] * row[b];
                }
            }
        }

        return (gradient, information);
    }

    private static DataFileException NoMaximum(FeatureTable table, string reason)
    {
        string problem =
            $"Newton's method finds no maximum-likelihood fit ({reason}): the features may separate the classes "
            + "perfectly, or depend linearly on each other";
        return new DataFileException(table.Source, null, null, problem);
    }
}
