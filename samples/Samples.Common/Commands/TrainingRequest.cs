using Samples.Common.Training;

namespace Samples.Common.Commands;

/// <summary>What the shared options asked for, after parsing and validation.</summary>
/// <param name="DataPath">The CSV file to train on, or <see langword="null"/> for the sample's embedded data.</param>
/// <param name="TargetColumn">The target column's name; every other column is a feature.</param>
/// <param name="Training">Epochs, learning rate and momentum.</param>
/// <param name="Json">Whether to print only a JSON object.</param>
public sealed record TrainingRequest(string? DataPath, string TargetColumn, TrainingSettings Training, bool Json);
