using System;
using System.Collections.Generic;
using System.Globalization;

namespace Perceptron.Gen.Benchmarks.Checking;

/// <summary>
/// Timings mean nothing unless the timed methods compute the same numbers: each benchmark's setup compares every
/// implementation's loss and gradient with the baseline's before anything is timed.
/// </summary>
public static class AgreementCheck
{
    /// <summary>The largest relative difference allowed: summation order and vectorised Exp/Log differ in the last bits only.</summary>
    public const double RelativeTolerance = 1e-12;

    /// <summary>Throws unless every value of <paramref name="candidate"/> is within the tolerance of the baseline's.</summary>
    /// <param name="what">What is compared, for the message: the benchmark, the implementation and n.</param>
    /// <param name="reference">The baseline's loss followed by its gradient.</param>
    /// <param name="candidate">The other implementation's loss followed by its gradient, in the same order.</param>
    /// <returns>The largest relative difference found.</returns>
    /// <exception cref="InvalidOperationException">A value differs by more than the tolerance.</exception>
    public static double Require(string what, IReadOnlyList<double> reference, IReadOnlyList<double> candidate)
    {
        if (reference.Count != candidate.Count)
        {
            throw new InvalidOperationException($"{what}: {candidate.Count} values against the baseline's {reference.Count}.");
        }

        double largest = 0;
        for (int index = 0; index < reference.Count; index++)
        {
            double difference = RelativeDifference(reference[index], candidate[index]);
            if (!(difference <= RelativeTolerance))
            {
                throw new InvalidOperationException(
                    $"{what}: value {index} is {Format(candidate[index])} against the baseline's {Format(reference[index])}, "
                        + $"a relative difference of {difference:E2} (allowed: {RelativeTolerance:E0})."
                );
            }

            largest = Math.Max(largest, difference);
        }

        return largest;
    }

    private static double RelativeDifference(double expected, double actual)
    {
        double scale = Math.Max(Math.Abs(expected), Math.Abs(actual));
        return scale == 0 ? 0 : Math.Abs(expected - actual) / scale;
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
