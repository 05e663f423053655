using System;
using Perceptron.Gen.Tests.Properties.Programs;

namespace Perceptron.Gen.Tests.Properties.Oracles;

/// <summary>The first oracle: derivatives by differencing the interpreter's plain double values.</summary>
public static class FiniteDifferences
{
    /// <summary>The largest step, well inside the <see cref="Neighbourhood.Radius"/> within which the path does not change.</summary>
    public const double Step = 1e-4;

    /// <summary>How far apart two extrapolations may be, relative to the derivative, for the estimate to be trusted.</summary>
    public const double Steadiness = 1e-6;

    /// <summary>
    /// Central differences refined by Richardson extrapolation at steps h, h/2 and h/4, so the error is of order h⁴.
    /// When the two extrapolations disagree the function curves too fast for differencing (<c>cos(cosh(12 + a))</c> turns
    /// over many times within a step), and the estimate is reported as unsteady.
    /// </summary>
    public static (double Derivative, bool Steady) Estimate(RandomProgram program, double[] point, int parameter)
    {
        var coarse = Central(program, point, parameter, Step);
        var middle = Central(program, point, parameter, Step / 2);
        var fine = Central(program, point, parameter, Step / 4);
        var first = (4 * middle - coarse) / 3;
        var second = (4 * fine - middle) / 3;
        var steady = Math.Abs(first - second) <= Steadiness * Math.Max(1, Math.Abs(second));
        return (second, steady);
    }

    /// <summary>(f(x + h) − f(x − h)) / 2h, dividing by the step as actually represented.</summary>
    private static double Central(RandomProgram program, double[] point, int parameter, double step)
    {
        var above = (double[])point.Clone();
        var below = (double[])point.Clone();
        above[parameter] += step;
        below[parameter] -= step;
        var difference = ProgramInterpreter.Value(program, above) - ProgramInterpreter.Value(program, below);
        return difference / (above[parameter] - below[parameter]);
    }
}
