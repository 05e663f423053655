namespace TwoLayerPerceptron.Reporting;

/// <summary>The objective at the start of one epoch, in the JSON report's loss curve.</summary>
/// <param name="Epoch">The 1-based epoch.</param>
/// <param name="Loss">The objective before the epoch's step.</param>
internal sealed record JsonLossPoint(int Epoch, double Loss);
