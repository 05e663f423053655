namespace TwoLayerPerceptron.Reporting;

/// <summary>How the network does on one part of the data, in the JSON report.</summary>
/// <param name="Rows">The number of samples.</param>
/// <param name="MeanCrossEntropy">The mean binary cross-entropy, without weight decay.</param>
/// <param name="Accuracy">The fraction of samples classified right.</param>
/// <param name="MajorityAccuracy">The accuracy of always predicting the commoner class.</param>
internal sealed record JsonScore(int Rows, double MeanCrossEntropy, double Accuracy, double MajorityAccuracy);
