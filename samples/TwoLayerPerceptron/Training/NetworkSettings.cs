using System;

namespace TwoLayerPerceptron.Training;

/// <summary>The network's shape and the run's other choices: hidden units, weight decay, and the seed of its randomness.</summary>
public sealed record NetworkSettings
{
    /// <summary>The default number of hidden units.</summary>
    public const int DefaultHiddenCount = 8;

    /// <summary>The default weight decay λ.</summary>
    public const double DefaultWeightDecay = 0.01;

    /// <summary>The default seed.</summary>
    public const int DefaultSeed = 42;

    /// <summary>The share of the rows held out from training to measure how the network does on data it has not seen.</summary>
    public const double HeldOutFraction = 0.25;

    /// <summary>Creates settings, checking that every value can train.</summary>
    /// <param name="hiddenCount">The number of tanh units in the hidden layer; positive.</param>
    /// <param name="weightDecay">λ in the objective's <c>½·λ·Σ w²</c>; zero or more and finite.</param>
    /// <param name="seed">Seeds the split into training and held-out rows and the initial weights, so a run can be repeated.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public NetworkSettings(int hiddenCount = DefaultHiddenCount, double weightDecay = DefaultWeightDecay, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hiddenCount);
        if (!double.IsFinite(weightDecay) || weightDecay < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(weightDecay), weightDecay, "The weight decay must be zero or more and finite.");
        }

        HiddenCount = hiddenCount;
        WeightDecay = weightDecay;
        Seed = seed;
    }

    /// <summary>The number of tanh units in the hidden layer.</summary>
    public int HiddenCount { get; }

    /// <summary>λ in the objective's <c>½·λ·Σ w²</c>.</summary>
    public double WeightDecay { get; }

    /// <summary>The seed of the split and the initial weights.</summary>
    public int Seed { get; }
}
