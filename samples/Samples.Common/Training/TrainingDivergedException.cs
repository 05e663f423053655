using System;
using System.Globalization;

namespace Samples.Common.Training;

/// <summary>
/// Training failed: the loss stopped being a finite number, or it ended larger than it began. Either way the steps overshoot
/// the minimum by more than they approach it, almost always because the learning rate or the momentum is too large.
/// </summary>
public sealed class TrainingDivergedException : Exception
{
    /// <summary>Creates the exception for the epoch where the loss was found not finite.</summary>
    /// <param name="epoch">The 1-based epoch whose loss was not finite.</param>
    /// <param name="loss">The loss found: NaN or an infinity.</param>
    /// <param name="settings">The run's settings.</param>
    public TrainingDivergedException(int epoch, double loss, TrainingSettings settings)
        : base(
            string.Create(
                CultureInfo.InvariantCulture,
                $"training diverged: the loss became {loss} at epoch {epoch} with learning rate {settings.LearningRate} "
                    + $"and momentum {settings.Momentum}"
            )
        )
    {
        Epoch = epoch;
        Loss = loss;
        InitialLoss = double.NaN;
    }

    /// <summary>Creates the exception for a run that finished with a finite loss larger than the one it started from.</summary>
    /// <param name="initialLoss">The loss before the first step.</param>
    /// <param name="finalLoss">The loss after the last step; larger than <paramref name="initialLoss"/>.</param>
    /// <param name="settings">The run's settings.</param>
    public TrainingDivergedException(double initialLoss, double finalLoss, TrainingSettings settings)
        : base(
            string.Create(
                CultureInfo.InvariantCulture,
                $"training diverged: the loss grew from {initialLoss:G8} to {finalLoss:G8} in {settings.Epochs} epochs "
                    + $"with learning rate {settings.LearningRate} and momentum {settings.Momentum}"
            )
        )
    {
        Epoch = settings.Epochs;
        Loss = finalLoss;
        InitialLoss = initialLoss;
    }

    /// <summary>The 1-based epoch whose loss was not finite, or the last epoch of a run whose loss grew.</summary>
    public int Epoch { get; }

    /// <summary>The loss found: NaN or an infinity, or the final loss of a run whose loss grew.</summary>
    public double Loss { get; }

    /// <summary>The loss before the first step of a run whose loss grew; NaN when the loss became not finite.</summary>
    public double InitialLoss { get; }

    /// <summary>The message followed by what to change, for the one-line error of the command line.</summary>
    /// <param name="defaults">The sample's default settings, which train.</param>
    /// <returns>For example <c>training diverged: …; try a smaller --learning-rate or --momentum, such as 0.2 and 0.9.</c></returns>
    public string MessageWithRemedy(TrainingSettings defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Message}; try a smaller --learning-rate or --momentum, such as {defaults.LearningRate} and {defaults.Momentum}."
        );
    }

    /// <summary>Throws unless a loss is a finite number.</summary>
    /// <param name="loss">The loss.</param>
    /// <param name="epoch">The 1-based epoch it belongs to.</param>
    /// <param name="settings">The run's settings.</param>
    /// <exception cref="TrainingDivergedException">The loss is NaN or infinite.</exception>
    public static void ThrowIfNotFinite(double loss, int epoch, TrainingSettings settings)
    {
        if (!double.IsFinite(loss))
        {
            throw new TrainingDivergedException(epoch, loss, settings);
        }
    }
}
