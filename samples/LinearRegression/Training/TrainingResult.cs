using System;
using Samples.Common.Training;

namespace LinearRegression.Training;

/// <summary>The outcome of a training run.</summary>
/// <param name="Fit">The trained function in the data's own units, with its mean squared error.</param>
/// <param name="Scaling">The features' means and standard deviations used to standardize them.</param>
/// <param name="Settings">The run's epochs, learning rate and momentum.</param>
/// <param name="InitialLoss">The loss before the first step, at w = 0, b = 0: the mean of y².</param>
/// <param name="FinalLoss">The loss after the last step, as the model method computes it on the standardized features.</param>
/// <param name="Elapsed">The wall-clock time of the training loop, progress reports included.</param>
public sealed record TrainingResult(
    RegressionFit Fit,
    FeatureScaling Scaling,
    TrainingSettings Settings,
    double InitialLoss,
    double FinalLoss,
    TimeSpan Elapsed
);
