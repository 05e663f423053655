using System;
using System.Globalization;

namespace HousePrices.Training;

/// <summary>Gradient descent stopped because the loss stopped being a finite number, almost always a too-large learning rate.</summary>
public sealed class TrainingDivergedException : Exception
{
    /// <summary>Creates the exception for the epoch where the loss was found not finite.</summary>
    /// <param name="epoch">The 1-based epoch whose loss was not finite.</param>
    /// <param name="loss">The loss found: NaN or an infinity.</param>
    /// <param name="learningRate">The learning rate of the run.</param>
    public TrainingDivergedException(int epoch, double loss, double learningRate)
        : base(string.Create(
            CultureInfo.InvariantCulture,
            $"training diverged: the loss became {loss} at epoch {epoch} with learning rate {learningRate}"))
    {
        Epoch = epoch;
        Loss = loss;
        LearningRate = learningRate;
    }

    /// <summary>The 1-based epoch whose loss was not finite.</summary>
    public int Epoch { get; }

    /// <summary>The loss found: NaN or an infinity.</summary>
    public double Loss { get; }

    /// <summary>The learning rate of the run.</summary>
    public double LearningRate { get; }
}
