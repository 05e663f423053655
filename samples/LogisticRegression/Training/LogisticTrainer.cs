using System;
using System.Diagnostics;
using System.Linq;
using Samples.Common.Loading;
using Samples.Common.Training;

namespace LogisticRegression.Training;

/// <summary>
/// Full-batch momentum gradient descent for <see cref="LogisticPerceptron"/>. Every gradient comes from the generated
/// <c>LogisticPerceptron.MeanCrossEntropyGradient</c>: this class holds no derivative of its own.
/// </summary>
public static class LogisticTrainer
{
    /// <summary>
    /// The defaults: 1000 epochs at α = 1, β = 0.9. On standardized features the mean cross-entropy's Hessian is ZᵀWZ/n with
    /// W = diag(σ(zᵢ)(1 − σ(zᵢ))) ≤ ¼; at the Pima optimum its eigenvalues λ run from 0.046 to 0.29. Every α·λ lies between
    /// (1 − √β)² = 0.0026 and (1 + √β)² = 3.8, where the heavy-ball step spirals in and shrinks the distance to the optimum by
    /// √β ≈ 0.95 per epoch in every direction: 1000 epochs leave 10⁻²³ of it, far below rounding.
    /// </summary>
    public static readonly TrainingSettings DefaultSettings = new(epochs: 1000, learningRate: 1, momentum: 0.9);

    /// <summary>Trains the weights and bias from zero on the standardized features, then reports them in the data's units.</summary>
    /// <param name="table">The data.</param>
    /// <param name="settings">Epochs, learning rate and momentum.</param>
    /// <param name="progress">Told the loss at the start of every epoch, synchronously; may be null.</param>
    /// <returns>The trained perceptron, its losses and the time the loop took.</returns>
    /// <exception cref="TrainingDivergedException">The loss became NaN or infinite, or ended larger than it began.</exception>
    public static TrainingResult Train(FeatureTable table, TrainingSettings settings, IProgress<EpochLoss>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(settings);
        int featureCount = table.FeatureCount;
        FeatureScaling scaling = FeatureScaling.Of(table.Features.AsSpan(), featureCount);
        double[] features = scaling.Apply(table.Features.AsSpan());
        double[] labels = table.Targets.ToArray();

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
            double loss = LogisticPerceptron.MeanCrossEntropyGradient(
                weights,
                bias,
                features,
                labels,
                featureCount,
                weightGradient,
                out double biasGradient
            );
            TrainingDivergedException.ThrowIfNotFinite(loss, epoch, settings);
            if (epoch == 1)
            {
                initialLoss = loss;
            }

            progress?.Report(new EpochLoss(epoch, settings.Epochs, loss));
            descent.Step(weights, weightVelocity, weightGradient);
            descent.Step(ref bias, ref biasVelocity, biasGradient);
        }

        double finalLoss = LogisticPerceptron.MeanCrossEntropy(weights, bias, features, labels, featureCount);
        stopwatch.Stop();

        // The last step can overflow even when the loss it started from was finite.
        TrainingDivergedException.ThrowIfNotFinite(finalLoss, settings.Epochs, settings);

        // A loss that ends above where it began has moved away from the minimum: divergence that has not overflowed yet.
        if (finalLoss > initialLoss)
        {
            throw new TrainingDivergedException(initialLoss, finalLoss, settings);
        }

        ClassifierFit fit = ClassifierFit.Measure(scaling.ToDataUnits(weights, bias), table);
        return new TrainingResult(fit, scaling, settings, initialLoss, finalLoss, stopwatch.Elapsed);
    }
}
