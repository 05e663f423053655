using System;
using System.Collections.Immutable;
using System.Globalization;
using LinearRegression.Training;
using Samples.Common.Loading;
using Samples.Common.Training;

namespace LinearRegression.Reference;

/// <summary>
/// The least-squares fit computed directly, in the data's own units, to check the trained one against: the solution of the
/// normal equations XᵀX·β = Xᵀy for the design matrix X = [1 | features], by <see cref="HouseholderLeastSquares"/>. It shares
/// no code with the model, the generated gradient or the trainer.
/// </summary>
public static class LeastSquaresReference
{
    /// <summary>Fits the data.</summary>
    /// <param name="table">The data.</param>
    /// <returns>The least-squares function and its mean squared error.</returns>
    /// <exception cref="DataFileException">
    /// The fit is not unique: too few rows, or a feature that depends linearly on the others.
    /// </exception>
    public static RegressionFit Fit(FeatureTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        int featureCount = table.FeatureCount;
        int columnCount = featureCount + 1;
        if (table.RowCount < columnCount)
        {
            string problem = string.Create(
                CultureInfo.InvariantCulture,
                $"{table.RowCount} rows cannot determine {featureCount} weights and an intercept; at least {columnCount} are needed"
            );
            throw new DataFileException(table.Source, null, null, problem);
        }

        // Column 0 is the intercept's column of ones; column j + 1 is feature j.
        var design = new double[table.RowCount * columnCount];
        for (int i = 0; i < table.RowCount; i++)
        {
            design[i * columnCount] = 1;
            for (int j = 0; j < featureCount; j++)
            {
                design[(i * columnCount) + j + 1] = table.Feature(i, j);
            }
        }

        ReadOnlySpan<double> targets = table.Targets.AsSpan();
        if (!HouseholderLeastSquares.TrySolve(design, table.RowCount, columnCount, targets, out double[] beta, out int dependent))
        {
            // Every feature varies (the loader checks), so column 0, the constant, is never the dependent one.
            string problem =
                "the feature is a linear combination of the features before it and a constant, so the least-squares fit "
                + "is not unique; remove it";
            throw new DataFileException(table.Source, null, table.FeatureNames[dependent - 1], problem);
        }

        var coefficients = new LinearCoefficients(ImmutableArray.Create(beta, 1, featureCount), beta[0]);
        return RegressionFit.Measure(coefficients, table);
    }
}
