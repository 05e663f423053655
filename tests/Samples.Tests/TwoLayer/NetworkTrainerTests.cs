using System;
using System.Linq;
using Samples.Common.Loading;
using Samples.Common.Reporting;
using Samples.Common.Training;
using TwoLayerPerceptron;
using TwoLayerPerceptron.Loading;
using TwoLayerPerceptron.Training;
using Xunit;

namespace Samples.Tests.TwoLayer;

public sealed class NetworkTrainerTests(DefaultTraining defaultTraining) : IClassFixture<DefaultTraining>
{
    private static readonly FeatureTable Pima = PimaData.Load();

    [Fact]
    public void TheGeneratedGradientMatchesCentralFiniteDifferencesAtARandomPoint()
    {
        var random = new Random(11);
        DataSplit split = DataSplit.Create(Pima, NetworkSettings.HeldOutFraction, random);
        const int HiddenCount = 5;
        const double WeightDecay = 0.03;
        var shape = new NetworkParameters(Pima.FeatureCount, HiddenCount);
        double[] point = FiniteDifferences.RandomPoint(random, shape.Count, spread: 1.5);
        var gradient = new NetworkParameters(Pima.FeatureCount, HiddenCount);

        NetworkParameters parameters = Unpack(point, HiddenCount);
        TanhNetwork.ObjectiveGradient(
            parameters.HiddenWeights,
            parameters.HiddenBiases,
            parameters.OutputWeights,
            parameters.OutputBias,
            split.TrainingFeatures,
            split.TrainingLabels,
            Pima.FeatureCount,
            WeightDecay,
            gradient.HiddenWeights,
            gradient.HiddenBiases,
            gradient.OutputWeights,
            out double outputBiasGradient
        );
        gradient.OutputBias = outputBiasGradient;

        FiniteDifferences.AssertGradient(
            x =>
            {
                NetworkParameters at = Unpack(x, HiddenCount);
                return TanhNetwork.Objective(
                    at.HiddenWeights,
                    at.HiddenBiases,
                    at.OutputWeights,
                    at.OutputBias,
                    split.TrainingFeatures,
                    split.TrainingLabels,
                    Pima.FeatureCount,
                    WeightDecay
                );
            },
            point,
            Pack(gradient)
        );
    }

    [Fact]
    public void TheLossFallsAtEveryCheckpointAndEndsFarBelowWhereItBegan()
    {
        TrainingResult result = defaultTraining.Result;
        int epochs = result.Settings.Epochs;
        double[] checkpoints = Enumerable
            .Range(1, epochs)
            .Where(epoch => ProgressCheckpoints.IsCheckpoint(epoch, epochs))
            .Select(epoch => result.Losses[epoch - 1])
            .Append(result.FinalLoss)
            .ToArray();

        for (int i = 1; i < checkpoints.Length; i++)
        {
            Assert.True(checkpoints[i] < checkpoints[i - 1], $"Checkpoint {i}: {checkpoints[i]:R} is not below {checkpoints[i - 1]:R}.");
        }

        Assert.InRange(result.InitialLoss, 0.6, 0.8);
        Assert.InRange(result.FinalLoss, 0.40, 0.50);
    }

    [Fact]
    public void TheNetworkClassifiesBothPartsWellAboveGuessingTheCommonerClass()
    {
        TrainingResult result = defaultTraining.Result;

        Assert.Equal(399, result.Training.Count);
        Assert.Equal(133, result.HeldOut.Count);
        Assert.InRange(result.Training.Accuracy, 0.77, 1);
        Assert.InRange(result.HeldOut.Accuracy, 0.77, 1);
        Assert.True(result.Training.Accuracy > result.Training.MajorityAccuracy + 0.1);
        Assert.True(result.HeldOut.Accuracy > result.HeldOut.MajorityAccuracy + 0.02);
        Assert.InRange(result.HeldOut.MeanCrossEntropy, 0, 0.45);
    }

    [Fact]
    public void TheSeedFixesTheSplitAndTheStartingWeights()
    {
        var shortRun = new TrainingSettings(epochs: 20, learningRate: 0.1, momentum: 0.9);

        TrainingResult first = NetworkTrainer.Train(Pima, shortRun, new NetworkSettings(seed: 7));
        TrainingResult again = NetworkTrainer.Train(Pima, shortRun, new NetworkSettings(seed: 7));
        TrainingResult other = NetworkTrainer.Train(Pima, shortRun, new NetworkSettings(seed: 8));

        Assert.Equal(first.Losses.ToArray(), again.Losses.ToArray());
        Assert.Equal(first.Parameters.HiddenWeights, again.Parameters.HiddenWeights);
        Assert.NotEqual(first.InitialLoss, other.InitialLoss);
    }

    [Fact]
    public void TheSplitHoldsOutAQuarterAndStandardizesWithTheTrainingRowsOnly()
    {
        DataSplit split = DataSplit.Create(Pima, NetworkSettings.HeldOutFraction, new Random(1));
        int featureCount = Pima.FeatureCount;

        Assert.Equal(133, split.HeldOutLabels.Length);
        Assert.Equal(399, split.TrainingLabels.Length);
        Assert.Equal(Pima.Targets.Sum(), split.TrainingLabels.Sum() + split.HeldOutLabels.Sum());
        for (int j = 0; j < featureCount; j++)
        {
            double trainingMean = Enumerable.Range(0, 399).Average(row => split.TrainingFeatures[(row * featureCount) + j]);
            Assert.Equal(0, trainingMean, 1e-12);
        }
    }

    private static NetworkParameters Unpack(double[] values, int hiddenCount)
    {
        var parameters = new NetworkParameters(Pima.FeatureCount, hiddenCount);
        int offset = 0;
        foreach (double[] block in new[] { parameters.HiddenWeights, parameters.HiddenBiases, parameters.OutputWeights })
        {
            values.AsSpan(offset, block.Length).CopyTo(block);
            offset += block.Length;
        }

        parameters.OutputBias = values[offset];
        return parameters;
    }

    private static double[] Pack(NetworkParameters parameters) =>
        [.. parameters.HiddenWeights, .. parameters.HiddenBiases, .. parameters.OutputWeights, parameters.OutputBias];
}
