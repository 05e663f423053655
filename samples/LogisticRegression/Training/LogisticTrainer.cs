using System;
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
        DescentOutcome outcome = LinearFeatureDescent.Run(
            table,
            settings,
            progress,
            LogisticPerceptron.MeanCrossEntropyGradient,
            LogisticPerceptron.MeanCrossEntropy
        );
        ClassifierFit fit = ClassifierFit.Measure(outcome.Scaling.ToDataUnits(outcome.Weights, outcome.Bias), table);
        return new TrainingResult(fit, outcome.Scaling, settings, outcome.InitialLoss, outcome.FinalLoss, outcome.Elapsed);
    }
}
