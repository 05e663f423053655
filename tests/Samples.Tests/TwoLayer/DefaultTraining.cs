using TwoLayerPerceptron.Loading;
using TwoLayerPerceptron.Training;

namespace Samples.Tests.TwoLayer;

/// <summary>One training run with the sample's defaults, shared by the tests that read its result.</summary>
public sealed class DefaultTraining
{
    public TrainingResult Result { get; } = NetworkTrainer.Train(PimaData.Load(), NetworkTrainer.DefaultSettings, new NetworkSettings());
}
