using System;
using Samples.Common.Training;

namespace LogisticRegression.Training;

/// <summary>The outcome of a training run.</summary>
/// <param name="Fit">The trained perceptron in the data's own units, with its log-likelihood and accuracy.</param>
/// <param name="Scaling">The features' means and standard deviations used to standardize them.</param>
/// <param name="Settings">The run's epochs, learning rate and momentum.</param>
/// <param name="InitialLoss">The mean cross-entropy before the first step, at w = 0, b = 0: ln 2.</param>
/// <param name="FinalLoss">The mean cross-entropy after the last step, as the model method computes it.</param>
/// <param name="Elapsed">The wall-clock time of the training loop, progress reports included.</param>
public sealed record TrainingResult(
    ClassifierFit Fit,
    FeatureScaling Scaling,
    TrainingSettings Settings,
    double InitialLoss,
    double FinalLoss,
    TimeSpan Elapsed
);
