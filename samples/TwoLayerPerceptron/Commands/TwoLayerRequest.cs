using Samples.Common.Commands;
using TwoLayerPerceptron.Training;

namespace TwoLayerPerceptron.Commands;

/// <summary>What the command line asked for, after parsing and validation.</summary>
/// <param name="Shared">The data, target, epochs, learning rate, momentum and output format.</param>
/// <param name="Network">Hidden units, weight decay and seed.</param>
public sealed record TwoLayerRequest(TrainingRequest Shared, NetworkSettings Network);
