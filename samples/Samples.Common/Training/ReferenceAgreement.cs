using System;

namespace Samples.Common.Training;

/// <summary>
/// How close a trained value came to the same value computed independently, as a relative difference, and the tolerance
/// within which the samples say that training reached the reference.
/// </summary>
public static class ReferenceAgreement
{
    /// <summary>
    /// The largest relative difference that still counts as reaching the reference: one part in a million. The default runs
    /// reach about 10⁻¹³ or better.
    /// </summary>
    public const double Tolerance = 1e-6;

    /// <summary>
    /// <c>|value − reference| / |reference|</c>, except that the divisor is never less than <see cref="Tolerance"/> times
    /// <paramref name="scale"/>, the quantity's natural size in the data. Without that floor a reference that is exactly zero
    /// would turn a rounding difference of 10⁻¹⁷ into a relative difference of 10³⁰⁰.
    /// </summary>
    /// <param name="value">The trained value.</param>
    /// <param name="reference">The independently computed value.</param>
    /// <param name="scale">The quantity's natural size, such as sd(y)/sd(xⱼ) for a regression weight; positive.</param>
    /// <returns>The relative difference; 0 when the values are equal.</returns>
    public static double RelativeDifference(double value, double reference, double scale)
    {
        if (value == reference)
        {
            return 0;
        }

        double divisor = Math.Max(Math.Abs(reference), Tolerance * Math.Abs(scale));
        return Math.Abs(value - reference) / Math.Max(divisor, double.Epsilon);
    }
}
