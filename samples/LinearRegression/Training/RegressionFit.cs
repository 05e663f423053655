using System;
using Samples.Common.Loading;
using Samples.Common.Training;

namespace LinearRegression.Training;

/// <summary>A fitted linear function in the data's own units and its mean squared error on the data.</summary>
/// <param name="Coefficients">The weights and intercept.</param>
/// <param name="MeanSquaredError">The mean of (ŷᵢ − yᵢ)² over the samples.</param>
public sealed record RegressionFit(LinearCoefficients Coefficients, double MeanSquaredError)
{
    /// <summary>Measures a linear function on a data set, in the data's own units, with plain code that is not generated.</summary>
    /// <param name="coefficients">The weights and intercept.</param>
    /// <param name="table">The data.</param>
    /// <returns>The function and its mean squared error.</returns>
    public static RegressionFit Measure(LinearCoefficients coefficients, FeatureTable table)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        ArgumentNullException.ThrowIfNull(table);
        double sum = 0;
        for (int i = 0; i < table.RowCount; i++)
        {
            double residual = coefficients.Evaluate(table.Features, i) - table.Targets[i];
            sum += residual * residual;
        }

        return new RegressionFit(coefficients, sum / table.RowCount);
    }
}
