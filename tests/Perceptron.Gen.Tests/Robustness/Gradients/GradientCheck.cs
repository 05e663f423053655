using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Perceptron.Gen.Tests.Robustness.Gradients;

/// <summary>How a method's partials fared at random points: how many were compared, skipped, and which disagreed.</summary>
public sealed record GradientOutcome(int Checked, int Skipped, IReadOnlyList<string> Mismatches)
{
    public int Total => Checked + Skipped;
}

/// <summary>
/// Compares every partial a generated gradient returns with central differences of the method itself, refined by
/// Richardson extrapolation. A point where the estimate is not steady across step sizes lies near a kink or a branch
/// switch (or the function turns too fast there for differencing); it is skipped and counted, not compared.
/// </summary>
public static class GradientCheck
{
    /// <param name="RelativeTolerance">How far the gradient may be from the estimate, relative to it.</param>
    /// <param name="FloorFactor">
    /// An absolute floor for partials near 0, as a fraction of |f|/|x|: differencing cannot resolve a partial much smaller
    /// than the function's own rounding divided by the step.
    /// </param>
    /// <param name="Steadiness">How far two extrapolations may differ, relative to the estimate, for it to be trusted.</param>
    /// <param name="StepFactor">The largest step, as a fraction of max(1, |x|).</param>
    private sealed record Precision(double RelativeTolerance, double FloorFactor, double Steadiness, double StepFactor);

    private static readonly Precision InDouble = new(1e-6, 1e-9, 1e-7, 1e-3);

    /// <summary>How far the value a gradient method returns may be from the method's own, relative to it.</summary>
    private const double ValueAgreement = 1e-12;

    // float keeps about 7 digits; differences of float values over a step of 1e-2 keep about 5 of them.
    private static readonly Precision InFloat = new(1e-3, 1e-4, 1e-3, 1e-2);

    public static GradientOutcome Run(CorpusMethod method, Random random, int points)
    {
        var precision = method.IsFloat ? InFloat : InDouble;
        var mismatches = new List<string>();
        int compared = 0,
            skipped = 0;
        for (var point = 0; point < points; point++)
        {
            var (scalars, arrays) = Draw(method, random);
            var value = method.Value(scalars, arrays);
            if (!double.IsFinite(value))
            {
                mismatches.Add($"the value is {value} at {Describe(method, scalars, arrays)}: the domain is wrong");
                continue;
            }

            var scalarPartials = new double[method.Parameters.Count];
            var arrayPartials = new double[method.Parameters.Count][];
            var gradientValue = method.Gradient(scalars, arrays, scalarPartials, arrayPartials);
            // Loops on vector lanes add their terms in another order than the method: the last bits may differ.
            if (System.Math.Abs(gradientValue - value) > ValueAgreement * System.Math.Max(1, System.Math.Abs(value)))
            {
                mismatches.Add(
                    $"the gradient method returns {gradientValue:R}, the method {value:R}, at {Describe(method, scalars, arrays)}"
                );
            }

            foreach (var (parameter, element) in Coordinates(method, arrays))
            {
                var analytic = element < 0 ? scalarPartials[parameter] : arrayPartials[parameter][element];
                var (estimate, steady) = Estimate(method, precision, scalars, arrays, parameter, element);
                if (!steady)
                {
                    skipped++;
                    continue;
                }

                compared++;
                var x = element < 0 ? scalars[parameter] : arrays[parameter][element];
                var floor = precision.FloorFactor * Math.Max(1, Math.Abs(value)) / Math.Max(1, Math.Abs(x));
                if (!(Math.Abs(analytic - estimate) <= precision.RelativeTolerance * Math.Abs(estimate) + floor))
                {
                    var name = method.Parameters[parameter].Name + (element < 0 ? "" : $"[{element}]");
                    mismatches.Add($"∂/∂{name} is {analytic:R} but differences give {estimate:R} at {Describe(method, scalars, arrays)}");
                }
            }
        }

        return new GradientOutcome(compared, skipped, mismatches);
    }

    /// <summary>A point of the domain; for a float method every coordinate is a float, as the method sees it.</summary>
    private static (double[] Scalars, double[][] Arrays) Draw(CorpusMethod method, Random random)
    {
        var count = method.Parameters.Count;
        var scalars = new double[count];
        var arrays = new double[count][];
        for (var i = 0; i < count; i++)
        {
            var domain = method.Parameters[i].Domain;
            if (method.Parameters[i].IsArray)
            {
                arrays[i] = Enumerable.Range(0, domain.Length).Select(_ => Uniform(method, domain, random)).ToArray();
            }
            else
            {
                scalars[i] = domain.IsFixed ? domain.Low : Uniform(method, domain, random);
            }
        }

        return (scalars, arrays);
    }

    private static double Uniform(CorpusMethod method, ParameterDomain domain, Random random) =>
        Represented(method, domain.Low + (domain.High - domain.Low) * random.NextDouble());

    private static IEnumerable<(int Parameter, int Element)> Coordinates(CorpusMethod method, double[][] arrays)
    {
        for (var i = 0; i < method.Parameters.Count; i++)
        {
            if (!method.Parameters[i].IsDifferentiated)
            {
                continue;
            }

            if (!method.Parameters[i].IsArray)
            {
                yield return (i, -1);
                continue;
            }

            for (var j = 0; j < arrays[i].Length; j++)
            {
                yield return (i, j);
            }
        }
    }

    /// <summary>Central differences at steps h, h/2 and h/4, extrapolated twice; steady when the two extrapolations agree.</summary>
    private static (double Estimate, bool Steady) Estimate(
        CorpusMethod method,
        Precision precision,
        double[] scalars,
        double[][] arrays,
        int parameter,
        int element
    )
    {
        var x = element < 0 ? scalars[parameter] : arrays[parameter][element];
        var step = precision.StepFactor * Math.Max(1, Math.Abs(x));
        var coarse = Central(method, scalars, arrays, parameter, element, x, step);
        var middle = Central(method, scalars, arrays, parameter, element, x, step / 2);
        var fine = Central(method, scalars, arrays, parameter, element, x, step / 4);
        var first = (4 * middle - coarse) / 3;
        var second = (4 * fine - middle) / 3;
        var value = method.Value(scalars, arrays);
        var floor = precision.FloorFactor * Math.Max(1, Math.Abs(value)) / Math.Max(1, Math.Abs(x));
        return (second, Math.Abs(first - second) <= precision.Steadiness * Math.Abs(second) + floor);
    }

    /// <summary>(f(x + h) − f(x − h)) / 2h, dividing by the step as actually represented (in float for a float method).</summary>
    private static double Central(
        CorpusMethod method,
        double[] scalars,
        double[][] arrays,
        int parameter,
        int element,
        double x,
        double step
    )
    {
        var above = Represented(method, x + step);
        var below = Represented(method, x - step);
        var difference = At(method, scalars, arrays, parameter, element, above) - At(method, scalars, arrays, parameter, element, below);
        return difference / (above - below);
    }

    private static double At(CorpusMethod method, double[] scalars, double[][] arrays, int parameter, int element, double x)
    {
        var target = element < 0 ? scalars : arrays[parameter];
        var index = element < 0 ? parameter : element;
        var original = target[index];
        target[index] = x;
        var value = method.Value(scalars, arrays);
        target[index] = original;
        return value;
    }

    private static double Represented(CorpusMethod method, double value) => method.IsFloat ? (float)value : value;

    private static string Describe(CorpusMethod method, double[] scalars, double[][] arrays) =>
        string.Join(
            ", ",
            method.Parameters.Select(
                (parameter, i) =>
                    parameter.IsArray
                        ? $"{parameter.Name} = [{string.Join(", ", arrays[i].Select(v => v.ToString("R", CultureInfo.InvariantCulture)))}]"
                        : $"{parameter.Name} = {scalars[i].ToString("R", CultureInfo.InvariantCulture)}"
            )
        );
}
