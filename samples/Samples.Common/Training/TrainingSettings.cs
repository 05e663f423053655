using System;
using System.Globalization;

namespace Samples.Common.Training;

/// <summary>How long and how fast a sample trains: epochs, learning rate α and momentum β of the heavy-ball step.</summary>
public sealed record TrainingSettings
{
    /// <summary>Creates settings, checking that every value can train.</summary>
    /// <param name="epochs">Full passes over the data; positive.</param>
    /// <param name="learningRate">The step size α; positive and finite.</param>
    /// <param name="momentum">The momentum β; at least 0 and less than 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public TrainingSettings(int epochs, double learningRate, double momentum)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(epochs);
        if (!double.IsFinite(learningRate) || learningRate <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be positive and finite.");
        }

        if (!(momentum is >= 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(momentum), momentum, "The momentum must be at least 0 and less than 1.");
        }

        Epochs = epochs;
        LearningRate = learningRate;
        Momentum = momentum;
    }

    /// <summary>Full passes over the data, each one gradient step.</summary>
    public int Epochs { get; }

    /// <summary>The step size α in <c>v ← β·v − α·∂L/∂θ</c>.</summary>
    public double LearningRate { get; }

    /// <summary>The momentum β in <c>v ← β·v − α·∂L/∂θ</c>; 0 is plain gradient descent.</summary>
    public double Momentum { get; }

    /// <summary>The settings in words, for reports.</summary>
    /// <returns>For example <c>1000 epochs, learning rate 0.2, momentum 0.9</c>.</returns>
    public string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"{Epochs} epochs, learning rate {LearningRate}, momentum {Momentum}");
}
