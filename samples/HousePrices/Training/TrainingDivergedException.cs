using System;
using System.Globalization;

namespace HousePrices.Training;

/// <summary>
/// Gradient descent failed: the loss stopped being a finite number, or it ended larger than it began. Either way the steps
/// overshoot the minimum by more than they approach it, almost always because the learning rate is too large.
/// </summary>
public sealed class TrainingDivergedException : Exception
{
    /// <summary>Creates the exception for the epoch where the loss was found not finite.</summary>
    /// <param name="epoch">The 1-based epoch whose loss was not finite.</param>
    /// <param name="loss">The loss found: NaN or an infinity.</param>
    /// <param name="learningRate">The learning rate of the run.</param>
    public TrainingDivergedException(int epoch, double loss, double learningRate)
        : base(
            string.Create(
                CultureInfo.InvariantCulture,
                $"training diverged: the loss became {loss} at epoch {epoch} with learning rate {learningRate}"
            )
        )
    {
        Epoch = epoch;
        Loss = loss;
        InitialLoss = double.NaN;
        LearningRate = learningRate;
    }

    /// <summary>Creates the exception for a run that finished with a finite loss larger than the one it started from.</summary>
    /// <param name="epochs">The number of epochs the run took.</param>
    /// <param name="initialLoss">The loss before the first step.</param>
    /// <param name="finalLoss">The loss after the last step; larger than <paramref name="initialLoss"/>.</param>
    /// <param name="learningRate">The learning rate of the run.</param>
    public TrainingDivergedException(int epochs, double initialLoss, double finalLoss, double learningRate)
        : base(
            string.Format(
                CultureInfo.InvariantCulture,
                "training diverged: the loss grew from {0:G8} to {1:G8} in {2} epochs with learning rate {3}",
                initialLoss,
                finalLoss,
                epochs,
                learningRate
            )
        )
    {
        Epoch = epochs;
        Loss = finalLoss;
        InitialLoss = initialLoss;
        LearningRate = learningRate;
    }

    /// <summary>The 1-based epoch whose loss was not finite, or the last epoch of a run whose loss grew.</summary>
    public int Epoch { get; }

    /// <summary>The loss found: NaN or an infinity, or the final loss of a run whose loss grew.</summary>
    public double Loss { get; }

    /// <summary>The loss before the first step of a run whose loss grew; NaN when the loss became not finite.</summary>
    public double InitialLoss { get; }

    /// <summary>The learning rate of the run.</summary>
    public double LearningRate { get; }
}
