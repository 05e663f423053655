namespace HousePrices.Reporting;

/// <summary>A line and its mean squared error.</summary>
/// <param name="Weight">The slope.</param>
/// <param name="Bias">The intercept.</param>
/// <param name="Loss">The mean squared error.</param>
internal sealed record JsonLine(double Weight, double Bias, double Loss);
