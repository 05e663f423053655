using System.Globalization;
using HousePrices.Training;

namespace HousePrices.Reporting;

/// <summary>
/// The sentences that say whether training reached the closed-form fit and, when it did not, what to change. The text report
/// prints them after the comparison table; <c>--require-closed-form</c> prints the second pair as its error.
/// </summary>
public static class ClosedFormVerdict
{
    /// <summary>The sentence for a run that reached the closed form.</summary>
    /// <param name="agreement">How close the trained line came.</param>
    /// <returns>For example <c>Reached the closed-form fit: largest relative difference 6.1E-16, within the tolerance 1E-06.</c></returns>
    public static string Reached(ClosedFormAgreement agreement)
    {
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Reached the closed-form fit: largest relative difference {agreement.LargestRelativeDifference:G2}, "
                + $"within the tolerance {ClosedFormAgreement.Tolerance:G2}."
        );
    }

    /// <summary>The problem of a run that did not reach the closed form, as a phrase to follow "Warning: " or "error: ".</summary>
    /// <param name="agreement">How close the trained line came.</param>
    /// <returns>For example <c>did not reach the closed-form fit: largest relative difference 3.3, above the tolerance 1E-06</c>.</returns>
    public static string NotReached(ClosedFormAgreement agreement)
    {
        return string.Create(
            CultureInfo.InvariantCulture,
            $"did not reach the closed-form fit: largest relative difference {agreement.LargestRelativeDifference:G2}, "
                + $"above the tolerance {ClosedFormAgreement.Tolerance:G2}"
        );
    }

    /// <summary>What to change so that a run reaches the closed form, as a sentence.</summary>
    /// <param name="settings">The run's epochs and learning rate.</param>
    /// <returns>
    /// For example <c>At learning rate 0.1 that takes about 62 epochs: try --epochs 62, or a --learning-rate nearer 0.5.</c>
    /// </returns>
    public static string Remedy(TrainingSettings settings)
    {
        double rate = settings.LearningRate;
        if (rate >= 1)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"At learning rate {rate} the steps overshoot the minimum and never settle: "
                    + $"try a --learning-rate below 1, such as {TrainingSettings.DefaultLearningRate}."
            );
        }

        double epochs = ClosedFormAgreement.EpochsToReach(rate);
        if (epochs > int.MaxValue)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"At learning rate {rate} that takes more epochs than --epochs allows: try a --learning-rate nearer 0.5."
            );
        }

        if (epochs > settings.Epochs)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"At learning rate {rate} that takes about {epochs} epochs: try --epochs {epochs}, or a --learning-rate nearer 0.5."
            );
        }

        return "Try more --epochs.";
    }
}
