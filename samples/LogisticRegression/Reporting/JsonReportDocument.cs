using System.Collections.Generic;

namespace LogisticRegression.Reporting;

/// <summary>The shape of the <c>--json</c> output; property names are written in camelCase.</summary>
/// <param name="Source">The data file, or the name of the embedded data.</param>
/// <param name="Target">The target column.</param>
/// <param name="Features">The feature columns, in order.</param>
/// <param name="Rows">The number of samples.</param>
/// <param name="Epochs">The number of epochs trained.</param>
/// <param name="LearningRate">The learning rate α.</param>
/// <param name="Momentum">The momentum β.</param>
/// <param name="InitialLoss">The mean cross-entropy before the first step, at w = 0, b = 0: ln 2.</param>
/// <param name="TrainingMilliseconds">The wall-clock time of the training loop.</param>
/// <param name="Trained">The trained perceptron.</param>
/// <param name="Newton">The maximum-likelihood perceptron by Newton's method, computed independently.</param>
/// <param name="NewtonIterations">How many Newton steps it took.</param>
/// <param name="LargestRelativeDifference">The largest relative difference between the two.</param>
/// <param name="LargestAt">Where it is: a feature's name, "intercept" or "log-likelihood".</param>
/// <param name="ReachedMaximumLikelihood">Whether that difference is within the tolerance 10⁻⁶.</param>
internal sealed record JsonReportDocument(
    string Source,
    string Target,
    IReadOnlyList<string> Features,
    int Rows,
    int Epochs,
    double LearningRate,
    double Momentum,
    double InitialLoss,
    double TrainingMilliseconds,
    JsonFit Trained,
    JsonFit Newton,
    int NewtonIterations,
    double LargestRelativeDifference,
    string LargestAt,
    bool ReachedMaximumLikelihood
);
