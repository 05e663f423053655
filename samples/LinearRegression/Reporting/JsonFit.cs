using System.Collections.Generic;

namespace LinearRegression.Reporting;

/// <summary>A fitted linear function in the JSON report.</summary>
/// <param name="Weights">One weight per feature, keyed by the feature's name, in the data's own units.</param>
/// <param name="Intercept">The intercept.</param>
/// <param name="MeanSquaredError">The mean squared error on the data.</param>
internal sealed record JsonFit(IReadOnlyDictionary<string, double> Weights, double Intercept, double MeanSquaredError);
