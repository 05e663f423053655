using System;

namespace HousePrices.Tests;

/// <summary>
/// The least-squares fit of medv on rm for the Boston data as R's lm(medv ~ rm) prints it, and the comparisons the tests make
/// against it.
/// </summary>
internal static class PublishedFit
{
    public const double Slope = 9.102109;
    public const double Intercept = -34.670621;
    public const double MeanSquaredError = 43.60055;

    /// <summary>Whether two numbers agree when both are rounded to the given number of significant digits.</summary>
    public static bool AgreeToSignificantDigits(double expected, double actual, int digits)
    {
        return RoundToSignificantDigits(expected, digits) == RoundToSignificantDigits(actual, digits);
    }

    public static double RelativeDifference(double expected, double actual) => Math.Abs(actual - expected) / Math.Abs(expected);

    private static double RoundToSignificantDigits(double value, int digits)
    {
        int decimals = digits - 1 - (int)Math.Floor(Math.Log10(Math.Abs(value)));
        return Math.Round(value, decimals, MidpointRounding.AwayFromZero);
    }
}
