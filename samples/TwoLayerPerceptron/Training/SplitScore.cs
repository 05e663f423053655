using System;
using System.Linq;

namespace TwoLayerPerceptron.Training;

/// <summary>How a trained network does on one part of the data.</summary>
/// <param name="Count">The number of samples.</param>
/// <param name="MeanCrossEntropy">The mean binary cross-entropy, without weight decay.</param>
/// <param name="Accuracy">The fraction of samples whose class is predicted right.</param>
/// <param name="MajorityAccuracy">The accuracy of always predicting the commoner class: what the network must beat.</param>
public sealed record SplitScore(int Count, double MeanCrossEntropy, double Accuracy, double MajorityAccuracy)
{
    /// <summary>Scores a network on standardized features.</summary>
    /// <param name="parameters">The network.</param>
    /// <param name="features">Row-major standardized features.</param>
    /// <param name="labels">One class, 0 or 1, per sample.</param>
    /// <returns>The score.</returns>
    public static SplitScore Measure(NetworkParameters parameters, double[] features, double[] labels)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(labels);

        // The model's own method, called as plain C#: with no weight decay it is the mean cross-entropy.
        double crossEntropy = TanhNetwork.Objective(
            parameters.HiddenWeights,
            parameters.HiddenBiases,
            parameters.OutputWeights,
            parameters.OutputBias,
            features,
            labels,
            parameters.FeatureCount,
            weightDecay: 0
        );
        int correct = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            double predicted = parameters.Logit(features, i) > 0 ? 1 : 0;
            correct += predicted == labels[i] ? 1 : 0;
        }

        double ones = labels.Count(label => label == 1);
        double majority = Math.Max(ones, labels.Length - ones) / labels.Length;
        return new SplitScore(labels.Length, crossEntropy, (double)correct / labels.Length, majority);
    }
}
