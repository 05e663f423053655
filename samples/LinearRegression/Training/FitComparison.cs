using System;
using Samples.Common.Loading;
using Samples.Common.Training;

namespace LinearRegression.Training;

/// <summary>How close the trained fit came to the least-squares one: the largest relative difference and where it is.</summary>
/// <param name="LargestRelativeDifference">The largest relative difference over weights, intercept and mean squared error.</param>
/// <param name="LargestAt">The quantity with that difference: a feature's name, "intercept" or "mean squared error".</param>
public sealed record FitComparison(double LargestRelativeDifference, string LargestAt)
{
    /// <summary>Whether training reached the least-squares fit to within <see cref="ReferenceAgreement.Tolerance"/>.</summary>
    public bool ReachedReference => LargestRelativeDifference <= ReferenceAgreement.Tolerance;

    /// <summary>
    /// Compares two fits of the same data. Each difference is relative to the reference value, floored at the quantity's
    /// natural size (see <see cref="ReferenceAgreement.RelativeDifference"/>): sd(y)/sd(xⱼ) for weight j, √(mean y²) for the
    /// intercept and mean y² for the error.
    /// </summary>
    /// <param name="trained">The trained fit.</param>
    /// <param name="reference">The least-squares fit.</param>
    /// <param name="table">The data both were fitted to.</param>
    /// <returns>The largest relative difference and where it is.</returns>
    public static FitComparison Measure(RegressionFit trained, RegressionFit reference, FeatureTable table)
    {
        ArgumentNullException.ThrowIfNull(trained);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(table);
        FeatureScaling scaling = FeatureScaling.Of(table.Features.AsSpan(), table.FeatureCount);
        double meanSquareY = 0;
        double meanY = 0;
        foreach (double y in table.Targets)
        {
            meanSquareY += y * y / table.RowCount;
            meanY += y / table.RowCount;
        }

        double sdY = Math.Sqrt(Math.Max(meanSquareY - (meanY * meanY), 0));
        var largest = new FitComparison(
            ReferenceAgreement.RelativeDifference(trained.MeanSquaredError, reference.MeanSquaredError, meanSquareY),
            "mean squared error"
        );
        largest = Larger(largest, trained.Coefficients.Bias, reference.Coefficients.Bias, Math.Sqrt(meanSquareY), "intercept");
        for (int j = 0; j < table.FeatureCount; j++)
        {
            double scale = sdY / scaling.StandardDeviations[j];
            largest = Larger(largest, trained.Coefficients.Weights[j], reference.Coefficients.Weights[j], scale, table.FeatureNames[j]);
        }

        return largest;
    }

    private static FitComparison Larger(FitComparison current, double trained, double reference, double scale, string name)
    {
        double difference = ReferenceAgreement.RelativeDifference(trained, reference, scale);
        return difference > current.LargestRelativeDifference ? new FitComparison(difference, name) : current;
    }
}
