namespace HousePrices.Training;

/// <summary>A fitted line <c>ŷ = Weight·x + Bias</c> in the data's own units, and its mean squared error on the data.</summary>
/// <param name="Weight">The slope: how much y changes per unit of x.</param>
/// <param name="Bias">The intercept: the prediction at x = 0.</param>
/// <param name="MeanSquaredError">The mean of (ŷᵢ − yᵢ)² over the samples the line was fitted to.</param>
public readonly record struct LinearFit(double Weight, double Bias, double MeanSquaredError);
