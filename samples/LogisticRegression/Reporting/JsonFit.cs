using System.Collections.Generic;

namespace LogisticRegression.Reporting;

/// <summary>A fitted logistic perceptron in the JSON report.</summary>
/// <param name="Weights">One weight per feature, keyed by the feature's name, in the data's own units.</param>
/// <param name="Intercept">The bias.</param>
/// <param name="LogLikelihood">The log-likelihood of the data's classes.</param>
/// <param name="Accuracy">The fraction of samples classified right.</param>
internal sealed record JsonFit(IReadOnlyDictionary<string, double> Weights, double Intercept, double LogLikelihood, double Accuracy);
