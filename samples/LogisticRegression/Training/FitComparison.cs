using System;
using Samples.Common.Loading;
using Samples.Common.Training;

namespace LogisticRegression.Training;

/// <summary>How close the trained perceptron came to the maximum-likelihood one: the largest relative difference and where.</summary>
/// <param name="LargestRelativeDifference">The largest relative difference over weights, bias and log-likelihood.</param>
/// <param name="LargestAt">The quantity with that difference: a feature's name, "intercept" or "log-likelihood".</param>
public sealed record FitComparison(double LargestRelativeDifference, string LargestAt)
{
    /// <summary>Whether training reached the maximum-likelihood fit to within <see cref="ReferenceAgreement.Tolerance"/>.</summary>
    public bool ReachedReference => LargestRelativeDifference <= ReferenceAgreement.Tolerance;

    /// <summary>
    /// Compares two fits of the same data. Each difference is relative to the reference value, floored at the quantity's
    /// natural size (see <see cref="ReferenceAgreement.RelativeDifference"/>): 1/sd(xⱼ) for weight j, 1 for the intercept and
    /// n·ln 2, the log-likelihood's size at w = 0, for the log-likelihood.
    /// </summary>
    /// <param name="trained">The trained fit.</param>
    /// <param name="reference">The maximum-likelihood fit.</param>
    /// <param name="table">The data both were fitted to.</param>
    /// <returns>The largest relative difference and where it is.</returns>
    public static FitComparison Measure(ClassifierFit trained, ClassifierFit reference, FeatureTable table)
    {
        ArgumentNullException.ThrowIfNull(trained);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(table);
        FeatureScaling scaling = FeatureScaling.Of(table.Features.AsSpan(), table.FeatureCount);
        double logLikelihoodScale = table.RowCount * Math.Log(2);
        var largest = new FitComparison(
            ReferenceAgreement.RelativeDifference(trained.LogLikelihood, reference.LogLikelihood, logLikelihoodScale),
            "log-likelihood"
        );
        largest = Larger(largest, trained.Coefficients.Bias, reference.Coefficients.Bias, 1, "intercept");
        for (int j = 0; j < table.FeatureCount; j++)
        {
            double scale = 1 / scaling.StandardDeviations[j];
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
