using System;
using System.Collections.Immutable;
using Samples.Common.Training;

namespace TwoLayerPerceptron.Training;

/// <summary>The outcome of a training run.</summary>
/// <param name="Parameters">The trained network, over standardized features.</param>
/// <param name="Losses">The objective at the start of every epoch, before its step: <c>Losses[e − 1]</c> for epoch e.</param>
/// <param name="FinalLoss">The objective after the last step.</param>
/// <param name="Training">How the network does on the rows it was trained on.</param>
/// <param name="HeldOut">How it does on the held-out rows.</param>
/// <param name="Settings">The run's epochs, learning rate and momentum.</param>
/// <param name="Network">The run's hidden units, weight decay and seed.</param>
/// <param name="Elapsed">The wall-clock time of the training loop, progress reports included.</param>
public sealed record TrainingResult(
    NetworkParameters Parameters,
    ImmutableArray<double> Losses,
    double FinalLoss,
    SplitScore Training,
    SplitScore HeldOut,
    TrainingSettings Settings,
    NetworkSettings Network,
    TimeSpan Elapsed
)
{
    /// <summary>The objective before the first step, at the random starting weights.</summary>
    public double InitialLoss => Losses[0];
}
