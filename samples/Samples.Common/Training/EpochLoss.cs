namespace Samples.Common.Training;

/// <summary>Progress of training: the loss at the start of one epoch, before its gradient step.</summary>
/// <param name="Epoch">The 1-based epoch.</param>
/// <param name="TotalEpochs">The number of epochs the run will take.</param>
/// <param name="Loss">The loss that the epoch's gradient was taken at.</param>
public readonly record struct EpochLoss(int Epoch, int TotalEpochs, double Loss);
