using System;

namespace HousePrices.Training;

/// <summary>The outcome of a gradient-descent run.</summary>
/// <param name="Fit">The trained line in the data's own units, with its final mean squared error.</param>
/// <param name="StandardizedFit">The same line as trained, over the standardized feature.</param>
/// <param name="Standardization">The feature's mean and standard deviation used to standardize it.</param>
/// <param name="Settings">The epochs and learning rate of the run.</param>
/// <param name="InitialLoss">The loss before the first step, at w = b = 0.</param>
/// <param name="Elapsed">The wall-clock time of the training loop, progress reports included.</param>
/// <param name="LossCurve">The mean squared error from the start to the end of training.</param>
public sealed record TrainingResult(
    LinearFit Fit,
    LinearFit StandardizedFit,
    Standardization Standardization,
    TrainingSettings Settings,
    double InitialLoss,
    TimeSpan Elapsed,
    LossCurve LossCurve
);
