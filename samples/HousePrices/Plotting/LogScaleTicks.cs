using System;
using System.Collections.Generic;
using System.Globalization;
using ScottPlot;

namespace HousePrices.Plotting;

/// <summary>
/// Tick marks for an axis whose data are plotted as log₁₀ of the values, since ScottPlot draws every axis linearly. Over a
/// range of up to <see cref="DecadesWithMultiplesLabelled"/> powers of ten, ticks at 1, 2 and 5 times each power are labelled
/// and the other whole multiples are unlabelled; over a wider range only powers of ten are labelled, few enough that the
/// labels never crowd, and the ticks between them are unlabelled.
/// </summary>
public static class LogScaleTicks
{
    /// <summary>The widest range, in powers of ten, whose ticks at 2 and 5 times a power are labelled too.</summary>
    public const int DecadesWithMultiplesLabelled = 2;

    /// <summary>The most labelled powers of ten on an axis, a number that fits a plot's height without overlapping.</summary>
    public const int MaxLabelledPowers = 10;

    /// <summary>Builds the ticks that cover a range of values.</summary>
    /// <param name="smallest">The smallest value on the axis; positive.</param>
    /// <param name="largest">The largest value on the axis; finite and at least <paramref name="smallest"/>.</param>
    /// <returns>Ticks at log₁₀ of each value, labelled with the value itself, from the smallest up.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range is not positive and finite.</exception>
    public static Tick[] Covering(double smallest, double largest)
    {
        if (!(smallest > 0) || !(largest >= smallest) || !double.IsFinite(largest))
        {
            throw new ArgumentOutOfRangeException(
                nameof(smallest),
                $"A log axis needs 0 < smallest ≤ largest < ∞, not smallest {smallest} and largest {largest}."
            );
        }

        int lowestPower = (int)Math.Floor(Math.Log10(smallest));
        int highestPower = (int)Math.Ceiling(Math.Log10(largest));
        int decades = highestPower - lowestPower;
        bool labelMultiples = decades <= DecadesWithMultiplesLabelled;
        int powerStride = (int)Math.Ceiling((decades + 1) / (double)MaxLabelledPowers);

        var ticks = new List<Tick>();
        for (int power = lowestPower; power <= highestPower; power++)
        {
            double decade = Math.Pow(10, power);
            bool labelPower = (power - lowestPower) % powerStride == 0;
            if (labelPower)
            {
                ticks.Add(Tick.Major(power, Label(decade)));
            }
            else
            {
                ticks.Add(Tick.Minor(power));
            }

            // Over many decades the ticks between powers would merge into a grey band, so only the powers are marked; the
            // highest power is the first at or above the largest value, so the ticks end there.
            if (powerStride > 1 || power == highestPower)
            {
                continue;
            }

            for (int multiple = 2; multiple <= 9; multiple++)
            {
                double value = multiple * decade;
                if (labelMultiples && multiple is 2 or 5)
                {
                    ticks.Add(Tick.Major(Math.Log10(value), Label(value)));
                }
                else
                {
                    ticks.Add(Tick.Minor(Math.Log10(value)));
                }
            }
        }

        return [.. ticks];
    }

    private static string Label(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
