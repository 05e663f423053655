using System;
using System.Collections.Immutable;
using System.Diagnostics;
using Samples.Common.Loading;
using Samples.Common.Training;

namespace TwoLayerPerceptron.Training;

/// <summary>
/// Full-batch momentum gradient descent for <see cref="TanhNetwork"/>. Every gradient comes from the generated
/// <c>TanhNetwork.ObjectiveGradient</c>: this class holds no derivative of its own.
/// </summary>
public static class NetworkTrainer
{
    /// <summary>
    /// The defaults: 1000 epochs at α = 0.1, β = 0.9. With the default weight decay the objective has a minimum that these
    /// settings approach smoothly, the loss falling at every checkpoint; without decay, longer runs start to fit noise and the
    /// held-out cross-entropy rises again.
    /// </summary>
    public static readonly TrainingSettings DefaultSettings = new(epochs: 1000, learningRate: 0.1, momentum: 0.9);

    /// <summary>
    /// Splits the data, draws starting weights, trains on the training rows' standardized features, and scores the network on
    /// both parts. The seed fixes the split and the starting weights, so a run repeats exactly.
    /// </summary>
    /// <param name="table">The data, with classes 0 and 1 as the target.</param>
    /// <param name="settings">Epochs, learning rate and momentum.</param>
    /// <param name="network">Hidden units, weight decay and seed.</param>
    /// <param name="progress">Told the loss at the start of every epoch, synchronously; may be null.</param>
    /// <returns>The trained network, its losses, its scores and the time the loop took.</returns>
    /// <exception cref="TrainingDivergedException">The loss became NaN or infinite, or ended larger than it began.</exception>
    public static TrainingResult Train(
        FeatureTable table,
        TrainingSettings settings,
        NetworkSettings network,
        IProgress<EpochLoss>? progress = null
    )
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(network);
        int featureCount = table.FeatureCount;
        var random = new Random(network.Seed);
        DataSplit split = DataSplit.Create(table, NetworkSettings.HeldOutFraction, random);
        NetworkParameters parameters = NetworkParameters.Initialize(featureCount, network.HiddenCount, random);
        var gradient = new NetworkParameters(featureCount, network.HiddenCount);
        var velocity = new NetworkParameters(featureCount, network.HiddenCount);
        var descent = new MomentumDescent(settings);
        ImmutableArray<double>.Builder losses = ImmutableArray.CreateBuilder<double>(settings.Epochs);

        Stopwatch stopwatch = Stopwatch.StartNew();
        for (int epoch = 1; epoch <= settings.Epochs; epoch++)
        {
            // One call: the objective at the current weights and its gradient for both layers, all from the generated code.
            double loss = TanhNetwork.ObjectiveGradient(
                parameters.HiddenWeights,
                parameters.HiddenBiases,
                parameters.OutputWeights,
                parameters.OutputBias,
                split.TrainingFeatures,
                split.TrainingLabels,
                featureCount,
                network.WeightDecay,
                gradient.HiddenWeights,
                gradient.HiddenBiases,
                gradient.OutputWeights,
                out double outputBiasGradient
            );
            TrainingDivergedException.ThrowIfNotFinite(loss, epoch, settings);
            losses.Add(loss);
            progress?.Report(new EpochLoss(epoch, settings.Epochs, loss));

            descent.Step(parameters.HiddenWeights, velocity.HiddenWeights, gradient.HiddenWeights);
            descent.Step(parameters.HiddenBiases, velocity.HiddenBiases, gradient.HiddenBiases);
            descent.Step(parameters.OutputWeights, velocity.OutputWeights, gradient.OutputWeights);
            double outputBias = parameters.OutputBias;
            double outputBiasVelocity = velocity.OutputBias;
            descent.Step(ref outputBias, ref outputBiasVelocity, outputBiasGradient);
            parameters.OutputBias = outputBias;
            velocity.OutputBias = outputBiasVelocity;
        }

        double finalLoss = Objective(parameters, split, network);
        stopwatch.Stop();

        // The last step can overflow even when the loss it started from was finite.
        TrainingDivergedException.ThrowIfNotFinite(finalLoss, settings.Epochs, settings);

        // A loss that ends above where it began has moved away from every minimum: divergence that has not overflowed yet.
        if (finalLoss > losses[0])
        {
            throw new TrainingDivergedException(losses[0], finalLoss, settings);
        }

        SplitScore trainingScore = SplitScore.Measure(parameters, split.TrainingFeatures, split.TrainingLabels);
        SplitScore heldOutScore = SplitScore.Measure(parameters, split.HeldOutFeatures, split.HeldOutLabels);
        return new TrainingResult(
            parameters,
            losses.MoveToImmutable(),
            finalLoss,
            trainingScore,
            heldOutScore,
            settings,
            network,
            stopwatch.Elapsed
        );
    }

    private static double Objective(NetworkParameters parameters, DataSplit split, NetworkSettings network) =>
        TanhNetwork.Objective(
            parameters.HiddenWeights,
            parameters.HiddenBiases,
            parameters.OutputWeights,
            parameters.OutputBias,
            split.TrainingFeatures,
            split.TrainingLabels,
            parameters.FeatureCount,
            network.WeightDecay
        );
}
