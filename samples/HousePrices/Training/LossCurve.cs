using System;
using System.Collections.Immutable;

namespace HousePrices.Training;

/// <summary>
/// The mean squared error as training went, for the loss plot: the loss after 0 epochs (at w = b = 0), after every epoch, and
/// after the last one. A run of more than <see cref="MaxPoints"/> epochs keeps the loss after every k-th epoch instead, with k
/// the smallest stride that stays within that many points, so that a run of two billion epochs does not hold 16 GB of losses.
/// </summary>
/// <param name="Epochs">How many epochs had run at each point, rising from 0 to the run's epochs.</param>
/// <param name="Losses">The mean squared error at each point; as long as <paramref name="Epochs"/>.</param>
public sealed record LossCurve(ImmutableArray<int> Epochs, ImmutableArray<double> Losses)
{
    /// <summary>The most points a curve keeps besides its first and last: far more than a plot's width in pixels.</summary>
    public const int MaxPoints = 100_000;

    /// <summary>Every how many epochs a run of the given length keeps its loss.</summary>
    /// <param name="totalEpochs">The run's epochs; positive.</param>
    /// <returns>1 up to <see cref="MaxPoints"/> epochs, then the smallest stride that keeps at most that many points.</returns>
    public static int StrideFor(int totalEpochs)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(totalEpochs);
        return (int)((totalEpochs + (long)MaxPoints - 1) / MaxPoints);
    }
}
