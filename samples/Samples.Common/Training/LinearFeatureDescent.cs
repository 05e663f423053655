using System;
using System.Diagnostics;
using System.Linq;
using Samples.Common.Loading;

namespace Samples.Common.Training;

/// <summary>A generated gradient of a loss over weights and a bias: the loss, with the gradient written out.</summary>
public delegate double LossAndGradient(
    ReadOnlySpan<double> weights,
    double bias,
    double[] features,
    double[] targets,
    int featureCount,
    Span<double> weightGradient,
    out double biasGradient
);

/// <summary>The loss alone, for the last epoch's value.</summary>
public delegate double LossOnly(ReadOnlySpan<double> weights, double bias, double[] features, double[] targets, int featureCount);

/// <summary>What <see cref="LinearFeatureDescent.Run"/> reached, on the standardized features.</summary>
/// <param name="Scaling">The standardization, to report the weights in the data's units.</param>
/// <param name="Weights">The trained weights, on the standardized features.</param>
/// <param name="Bias">The trained bias, on the standardized features.</param>
/// <param name="InitialLoss">The loss at the first epoch.</param>
/// <param name="FinalLoss">The loss after the last step.</param>
/// <param name="Elapsed">How long the loop took.</param>
public sealed record DescentOutcome(
    FeatureScaling Scaling,
    double[] Weights,
    double Bias,
    double InitialLoss,
    double FinalLoss,
    TimeSpan Elapsed
);

/// <summary>
/// Full-batch momentum gradient descent of weights and a bias on standardized features, shared by the samples whose
/// model is linear in its features. Every gradient comes from the generated method passed in: this class holds no
/// derivative of its own.
/// </summary>
public static class LinearFeatureDescent
{
    /// <summary>Trains the weights and bias from zero on the standardized features.</summary>
    /// <param name="table">The data.</param>
    /// <param name="settings">Epochs, learning rate and momentum.</param>
    /// <param name="progress">Told the loss at the start of every epoch, synchronously; may be null.</param>
    /// <param name="lossAndGradient">The generated gradient method.</param>
    /// <param name="loss">The loss method itself.</param>
    /// <returns>The weights, bias and losses reached, and the time the loop took.</returns>
    /// <exception cref="TrainingDivergedException">The loss became NaN or infinite, or ended larger than it began.</exception>
    public static DescentOutcome Run(
        FeatureTable table,
        TrainingSettings settings,
        IProgress<EpochLoss>? progress,
        LossAndGradient lossAndGradient,
        LossOnly loss
    )
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(settings);
        int featureCount = table.FeatureCount;
        FeatureScaling scaling = FeatureScaling.Of(table.Features.AsSpan(), featureCount);
        double[] features = scaling.Apply(table.Features.AsSpan());
        double[] targets = table.Targets.ToArray();

        var weights = new double[featureCount];
        var weightVelocity = new double[featureCount];
        var weightGradient = new double[featureCount];
        double bias = 0;
        double biasVelocity = 0;
        double initialLoss = double.NaN;
        var descent = new MomentumDescent(settings);

        Stopwatch stopwatch = Stopwatch.StartNew();
        for (int epoch = 1; epoch <= settings.Epochs; epoch++)
        {
            // One call: the loss at the current parameters and its gradient, both from the generated code.
            double epochLoss = lossAndGradient(weights, bias, features, targets, featureCount, weightGradient, out double biasGradient);
            TrainingDivergedException.ThrowIfNotFinite(epochLoss, epoch, settings);
            if (epoch == 1)
            {
                initialLoss = epochLoss;
            }

            progress?.Report(new EpochLoss(epoch, settings.Epochs, epochLoss));
            descent.Step(weights, weightVelocity, weightGradient);
            descent.Step(ref bias, ref biasVelocity, biasGradient);
        }

        double finalLoss = loss(weights, bias, features, targets, featureCount);
        stopwatch.Stop();

        // The last step can overflow even when the loss it started from was finite.
        TrainingDivergedException.ThrowIfNotFinite(finalLoss, settings.Epochs, settings);

        // A loss that ends above where it began has moved away from the minimum: divergence that has not overflowed yet.
        if (finalLoss > initialLoss)
        {
            throw new TrainingDivergedException(initialLoss, finalLoss, settings);
        }

        return new DescentOutcome(scaling, weights, bias, initialLoss, finalLoss, stopwatch.Elapsed);
    }
}
