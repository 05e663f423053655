using System;
using Perceptron.Gen.Tests.Properties.Programs;

namespace Perceptron.Gen.Tests.Properties.Oracles;

/// <summary>The math functions, each with the places near which its derivative is not checked.</summary>
public sealed partial class ProgramInterpreter
{
    private Dual Apply(MathFunction function, Dual[] arguments)
    {
        var x = arguments[0];
        switch (function)
        {
            case MathFunction.Exp:
                return Dual.Exp(x);
            case MathFunction.Log:
                return Dual.Log(Positive(x));
            case MathFunction.LogWithBase:
                Near(Math.Abs(arguments[1].Value - 1), PoleDistance, "a logarithm base near 1");
                return Dual.LogWithBase(Positive(x), Positive(arguments[1]));
            case MathFunction.Log10:
                return Dual.Log10(Positive(x));
            case MathFunction.Log2:
                return Dual.Log2(Positive(x));
            case MathFunction.Sqrt:
                return Dual.Sqrt(Positive(x));
            case MathFunction.Cbrt:
                Near(Math.Abs(x.Value), PoleDistance, "a cube root near 0");
                return Dual.Cbrt(x);
            case MathFunction.Pow:
                return Power(x, arguments[1]);
            case MathFunction.Sin:
                return Dual.Sin(x);
            case MathFunction.Cos:
                return Dual.Cos(x);
            case MathFunction.Tan:
                Near(Math.Abs(Math.Cos(x.Value)), PoleDistance, "a tangent near its pole");
                return Dual.Tan(x);
            case MathFunction.Asin:
                return Dual.Asin(InsideUnit(x));
            case MathFunction.Acos:
                return Dual.Acos(InsideUnit(x));
            case MathFunction.Atan:
                return Dual.Atan(x);
            case MathFunction.Atan2:
                return ArcTangent2(x, arguments[1]);
            case MathFunction.Sinh:
                return Dual.Sinh(x);
            case MathFunction.Cosh:
                return Dual.Cosh(x);
            case MathFunction.Tanh:
                return Dual.Tanh(x);
            case MathFunction.Asinh:
                return Dual.Asinh(x);
            case MathFunction.Acosh:
                Near(x.Value - 1, PoleDistance, "an inverse hyperbolic cosine near 1");
                return Dual.Acosh(x);
            case MathFunction.Atanh:
                return Dual.Atanh(InsideUnit(x));
            case MathFunction.Abs:
                Decide("Abs", x.Value.CompareTo(0.0));
                return Dual.Abs(x);
            case MathFunction.Max:
            case MathFunction.Min:
                Decide(function.ToString(), x.Value.CompareTo(arguments[1].Value));
                return function == MathFunction.Max ? Dual.Max(x, arguments[1]) : Dual.Min(x, arguments[1]);
            case MathFunction.Clamp:
                Decide("Clamp", ClampRegion(x.Value, arguments[1].Value, arguments[2].Value));
                return Dual.Clamp(x, arguments[1], arguments[2]);
            case MathFunction.FusedMultiplyAdd:
                return Dual.FusedMultiplyAdd(x, arguments[1], arguments[2]);
            case MathFunction.Sign:
                Decide("Sign", x.Value.CompareTo(0.0));
                // Math.Sign throws on NaN; the NaN has already made the point unfit.
                return Dual.PiecewiseConstant(double.IsNaN(x.Value) ? double.NaN : Math.Sign(x.Value));
            case MathFunction.Floor:
            case MathFunction.Ceiling:
            case MathFunction.Truncate:
                var step = Jump(function, x.Value);
                Decide(function.ToString(), step);
                return Dual.PiecewiseConstant(step);
            case MathFunction.Round:
                var rounded = Math.Round(x.Value);
                Decide("Round", rounded);
                return Dual.PiecewiseConstant(rounded);
            default:
                throw new NotSupportedException($"The interpreter has no rule for Math.{function}.");
        }
    }

    /// <summary>Where a clamped value lies: below, at the lower bound, inside, at the upper bound, above.</summary>
    public static int ClampRegion(double value, double low, double high) =>
        value < low ? -2
        : value == low ? -1
        : value < high ? 0
        : value == high ? 1
        : 2;

    private static double Jump(MathFunction function, double value) =>
        function switch
        {
            MathFunction.Floor => Math.Floor(value),
            MathFunction.Ceiling => Math.Ceiling(value),
            _ => Math.Truncate(value),
        };

    /// <summary>A negative exponent has a pole at a zero base; a fractional one needs a positive base.</summary>
    private Dual Power(Dual x, Dual exponent)
    {
        var integral = Math.Floor(exponent.Value) == exponent.Value;
        if (!integral)
        {
            Positive(x);
        }
        else if (exponent.Value < 1)
        {
            Near(Math.Abs(x.Value), PoleDistance, "a power's base near 0");
        }

        return Dual.Pow(x, exponent);
    }

    /// <summary>atan2 jumps by 2π across the negative x axis and has no derivative at the origin.</summary>
    private Dual ArcTangent2(Dual y, Dual x)
    {
        Near(Math.Sqrt(x.Value * x.Value + y.Value * y.Value), PoleDistance, "atan2 near the origin");
        Decide("Atan2's cut", x.Value > 0 ? 0 : y.Value.CompareTo(0.0));

        return Dual.Atan2(y, x);
    }

    private Dual Positive(Dual x)
    {
        Near(x.Value, PoleDistance, "a logarithm, root or fractional power near 0");
        return x;
    }

    private Dual InsideUnit(Dual x)
    {
        Near(1 - Math.Abs(x.Value), PoleDistance, "an inverse function near ±1");
        return x;
    }
}
