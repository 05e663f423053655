using System;

namespace HousePrices.Training;

/// <summary>The few summary statistics that standardization and the closed-form fit share.</summary>
public static class Statistics
{
    /// <summary>The arithmetic mean.</summary>
    /// <param name="values">The values; at least one.</param>
    /// <returns>Their mean.</returns>
    /// <exception cref="ArgumentException">There are no values.</exception>
    public static double Mean(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            throw new ArgumentException("The mean of no values is undefined.", nameof(values));
        }

        double sum = 0;
        foreach (double value in values)
        {
            sum += value;
        }

        return sum / values.Length;
    }
}
