using System;

namespace HousePrices.Training;

/// <summary>
/// How close a trained line came to the closed-form least-squares line: the largest relative difference of slope, intercept and
/// mean squared error, and whether it is within <see cref="Tolerance"/>.
/// </summary>
/// <remarks>
/// Each difference is divided by the closed-form value, but never by less than <see cref="Tolerance"/> times that quantity's
/// scale in the data: √(mean y²) for the intercept, √(mean y²) / sd(x) for the slope and mean y² for the error. Without that
/// floor a closed-form value that is exactly zero (a line through the origin, no trend, a perfect fit) would turn a rounding
/// difference of 10⁻¹⁷ into a relative difference of 10³⁰⁰. For ordinary data the floor is far below every value and changes
/// nothing.
/// </remarks>
/// <param name="LargestRelativeDifference">The largest of the three relative differences; 0 when the lines are identical.</param>
public readonly record struct ClosedFormAgreement(double LargestRelativeDifference)
{
    /// <summary>
    /// The largest relative difference that still counts as reaching the closed form: one part in a million, finer than the
    /// six significant digits that R's <c>lm</c> prints and the README quotes. The default run reaches about 10⁻¹⁵.
    /// </summary>
    public const double Tolerance = 1e-6;

    /// <summary>Whether the trained line agrees with the closed form to within <see cref="Tolerance"/>.</summary>
    public bool ReachedClosedForm => LargestRelativeDifference <= Tolerance;

    /// <summary>Compares a trained line with the closed-form one.</summary>
    /// <param name="trained">The result of gradient descent; its initial loss, mean y², and the feature's sd set the scales.</param>
    /// <param name="closedForm">The exact least-squares line on the same data.</param>
    /// <returns>The largest relative difference.</returns>
    public static ClosedFormAgreement Measure(TrainingResult trained, LinearFit closedForm)
    {
        ArgumentNullException.ThrowIfNull(trained);

        // The first epoch starts from w = b = 0, where the loss is the mean of y².
        double meanSquareY = trained.InitialLoss;
        double scaleY = Math.Sqrt(meanSquareY);
        LinearFit fit = trained.Fit;
        double slope = RelativeDifference(fit.Weight, closedForm.Weight, scaleY / trained.Standardization.StandardDeviation);
        double intercept = RelativeDifference(fit.Bias, closedForm.Bias, scaleY);
        double error = RelativeDifference(fit.MeanSquaredError, closedForm.MeanSquaredError, meanSquareY);
        return new ClosedFormAgreement(Math.Max(slope, Math.Max(intercept, error)));
    }

    /// <summary>
    /// About how many epochs gradient descent takes to come within <see cref="Tolerance"/> of the closed form. On the
    /// standardized feature the loss's Hessian is diag(2, 2), so every epoch multiplies the distance to the optimum, and with it
    /// the relative difference of slope and intercept from a start at zero, by |1 − 2α|.
    /// </summary>
    /// <param name="learningRate">The step size α; positive.</param>
    /// <returns>
    /// The number of epochs; infinity for α ≥ 1, where the distance never shrinks, and for α so small that 1 − 2α rounds to 1.
    /// </returns>
    public static double EpochsToReach(double learningRate)
    {
        double factor = Math.Abs(1 - (2 * learningRate));
        if (factor >= 1)
        {
            return double.PositiveInfinity;
        }

        // α = 0.5 lands on the optimum in one step: factor 0, and Log(0) is −∞.
        return Math.Max(1, Math.Ceiling(Math.Log(Tolerance) / Math.Log(factor)));
    }

    private static double RelativeDifference(double value, double reference, double scale)
    {
        if (value == reference)
        {
            return 0;
        }

        double denominator = Math.Max(Math.Abs(reference), Tolerance * scale);
        return Math.Abs(value - reference) / Math.Max(denominator, double.Epsilon);
    }
}
