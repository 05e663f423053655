using System;

namespace HousePrices.Training;

/// <summary>
/// The mean and standard deviation of a feature, to train on <c>x' = (x − mean) / sd</c> and to carry the trained line back to
/// the feature's own units.
/// </summary>
/// <remarks>
/// With a standardized feature the squared-error loss has the Hessian diag(2, 2) whatever the data's scale, so one learning
/// rate suits every data set: 0.1 shrinks the distance to the optimum by a factor 0.8 per epoch. That holds for the
/// population standard deviation (dividing by n), which is why it is used here rather than the sample one.
/// </remarks>
/// <param name="Mean">The feature's mean.</param>
/// <param name="StandardDeviation">The feature's population standard deviation; positive.</param>
public readonly record struct Standardization(double Mean, double StandardDeviation)
{
    /// <summary>Measures a feature.</summary>
    /// <param name="values">The feature, one value per sample.</param>
    /// <returns>Its mean and population standard deviation.</returns>
    /// <exception cref="ArgumentException">There are no values, or they are all equal, so there is no scale to divide by.</exception>
    public static Standardization Of(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            throw new ArgumentException("There are no values to standardize.", nameof(values));
        }

        double mean = Statistics.Mean(values);

        // A second pass over the deviations keeps precision when the mean is large against the spread.
        double sumOfSquares = 0;
        foreach (double value in values)
        {
            sumOfSquares += (value - mean) * (value - mean);
        }

        double standardDeviation = Math.Sqrt(sumOfSquares / values.Length);
        if (!(standardDeviation > 0))
        {
            throw new ArgumentException("Every value is the same, so the feature has no spread to standardize.", nameof(values));
        }

        return new Standardization(mean, standardDeviation);
    }

    /// <summary>Standardizes a feature: <c>x'ᵢ = (xᵢ − mean) / sd</c>.</summary>
    /// <param name="values">The feature in its own units.</param>
    /// <returns>A new array of standardized values.</returns>
    public double[] Apply(ReadOnlySpan<double> values)
    {
        double[] standardized = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            standardized[i] = (values[i] - Mean) / StandardDeviation;
        }

        return standardized;
    }

    /// <summary>
    /// Carries a line fitted on the standardized feature back to the feature's own units. From
    /// <c>w'·(x − mean)/sd + b' = (w'/sd)·x + (b' − w'·mean/sd)</c>: <c>w = w'/sd</c> and <c>b = b' − w'·mean/sd</c>.
    /// </summary>
    /// <param name="standardizedFit">The line over the standardized feature; its error carries over unchanged.</param>
    /// <returns>The same line over the feature in its own units.</returns>
    public LinearFit ToDataUnits(LinearFit standardizedFit)
    {
        double weight = standardizedFit.Weight / StandardDeviation;
        double bias = standardizedFit.Bias - (standardizedFit.Weight * Mean / StandardDeviation);
        return standardizedFit with { Weight = weight, Bias = bias };
    }
}
