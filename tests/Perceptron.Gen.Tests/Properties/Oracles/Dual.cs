using System;

namespace Perceptron.Gen.Tests.Properties.Oracles;

/// <summary>
/// A forward-mode dual number v + d·ε with ε² = 0: the second, independent oracle. Each operation computes its
/// <see cref="Value"/> with exactly the double operation C# performs, so the value part is the plain double
/// interpretation of a program, and its <see cref="Derivative"/> by the textbook rule, written here without reference
/// to the generator's rules.
/// </summary>
public readonly record struct Dual(double Value, double Derivative)
{
    public static Dual Constant(double value) => new(value, 0);

    public static Dual operator +(Dual x, Dual y) => new(x.Value + y.Value, x.Derivative + y.Derivative);

    public static Dual operator -(Dual x, Dual y) => new(x.Value - y.Value, x.Derivative - y.Derivative);

    public static Dual operator -(Dual x) => new(-x.Value, -x.Derivative);

    public static Dual operator *(Dual x, Dual y) => new(x.Value * y.Value, x.Derivative * y.Value + x.Value * y.Derivative);

    public static Dual operator /(Dual x, Dual y) =>
        new(x.Value / y.Value, (x.Derivative * y.Value - x.Value * y.Derivative) / (y.Value * y.Value));

    /// <summary>f(x) with derivative f′(x)·x′: the chain rule, the one place it is written.</summary>
    private static Dual Chain(Dual x, double value, double slope) => new(value, slope * x.Derivative);

    public static Dual Exp(Dual x) => Chain(x, Math.Exp(x.Value), Math.Exp(x.Value));

    public static Dual Log(Dual x) => Chain(x, Math.Log(x.Value), 1 / x.Value);

    public static Dual Log10(Dual x) => Chain(x, Math.Log10(x.Value), 1 / (x.Value * Math.Log(10)));

    public static Dual Log2(Dual x) => Chain(x, Math.Log2(x.Value), 1 / (x.Value * Math.Log(2)));

    /// <summary>log_b x = ln x / ln b, differentiated as a quotient in both arguments.</summary>
    public static Dual LogWithBase(Dual x, Dual b)
    {
        var quotient = Log(x) / Log(b);
        return new(Math.Log(x.Value, b.Value), quotient.Derivative);
    }

    public static Dual Sqrt(Dual x) => Chain(x, Math.Sqrt(x.Value), 0.5 / Math.Sqrt(x.Value));

    public static Dual Cbrt(Dual x) => Chain(x, Math.Cbrt(x.Value), 1 / (3 * Math.Cbrt(x.Value) * Math.Cbrt(x.Value)));

    /// <summary>xʸ = e^(y·ln x) for the exponent's part; the base's part is y·xʸ⁻¹, valid for a negative base too.</summary>
    public static Dual Pow(Dual x, Dual y)
    {
        var value = Math.Pow(x.Value, y.Value);
        var byBase = y.Value * Math.Pow(x.Value, y.Value - 1) * x.Derivative;
        var byExponent = y.Derivative == 0 ? 0 : value * Math.Log(x.Value) * y.Derivative;
        return new(value, byBase + byExponent);
    }

    public static Dual Sin(Dual x) => Chain(x, Math.Sin(x.Value), Math.Cos(x.Value));

    public static Dual Cos(Dual x) => Chain(x, Math.Cos(x.Value), -Math.Sin(x.Value));

    public static Dual Tan(Dual x) => Chain(x, Math.Tan(x.Value), 1 + Math.Tan(x.Value) * Math.Tan(x.Value));

    public static Dual Asin(Dual x) => Chain(x, Math.Asin(x.Value), 1 / Math.Sqrt(1 - x.Value * x.Value));

    public static Dual Acos(Dual x) => Chain(x, Math.Acos(x.Value), -1 / Math.Sqrt(1 - x.Value * x.Value));

    public static Dual Atan(Dual x) => Chain(x, Math.Atan(x.Value), 1 / (1 + x.Value * x.Value));

    /// <summary>atan2(y, x) has the gradient (x, −y)/(x² + y²) away from the cut.</summary>
    public static Dual Atan2(Dual y, Dual x)
    {
        var radiusSquared = x.Value * x.Value + y.Value * y.Value;
        return new(Math.Atan2(y.Value, x.Value), (x.Value * y.Derivative - y.Value * x.Derivative) / radiusSquared);
    }

    public static Dual Sinh(Dual x) => Chain(x, Math.Sinh(x.Value), Math.Cosh(x.Value));

    public static Dual Cosh(Dual x) => Chain(x, Math.Cosh(x.Value), Math.Sinh(x.Value));

    // 1/cosh², not 1 − tanh², which rounds to 0 from |x| ≈ 19 on while the derivative is still about 4·e^(−2|x|).
    public static Dual Tanh(Dual x) => Chain(x, Math.Tanh(x.Value), 1 / (Math.Cosh(x.Value) * Math.Cosh(x.Value)));

    public static Dual Asinh(Dual x) => Chain(x, Math.Asinh(x.Value), 1 / Math.Sqrt(x.Value * x.Value + 1));

    public static Dual Acosh(Dual x) => Chain(x, Math.Acosh(x.Value), 1 / Math.Sqrt(x.Value * x.Value - 1));

    public static Dual Atanh(Dual x) => Chain(x, Math.Atanh(x.Value), 1 / (1 - x.Value * x.Value));

    /// <summary>Away from 0 (the oracle is never asked at a kink), |x|′ = sign x; NaN stays NaN (Math.Sign would throw).</summary>
    public static Dual Abs(Dual x) =>
        Chain(
            x,
            Math.Abs(x.Value),
            x.Value > 0 ? 1
                : x.Value < 0 ? -1
                : x.Value == 0 ? 0
                : double.NaN
        );

    public static Dual Max(Dual x, Dual y) => new(Math.Max(x.Value, y.Value), x.Value > y.Value ? x.Derivative : y.Derivative);

    public static Dual Min(Dual x, Dual y) => new(Math.Min(x.Value, y.Value), x.Value < y.Value ? x.Derivative : y.Derivative);

    public static Dual Clamp(Dual x, Dual low, Dual high)
    {
        var derivative =
            x.Value < low.Value ? low.Derivative
            : x.Value > high.Value ? high.Derivative
            : x.Derivative;
        return new(Math.Clamp(x.Value, low.Value, high.Value), derivative);
    }

    /// <summary>x·y + z rounded once; its derivative is the product rule's.</summary>
    public static Dual FusedMultiplyAdd(Dual x, Dual y, Dual z) =>
        new(Math.FusedMultiplyAdd(x.Value, y.Value, z.Value), x.Derivative * y.Value + x.Value * y.Derivative + z.Derivative);

    public static Dual ScaleB(Dual x, int exponent) => new(Math.ScaleB(x.Value, exponent), Math.ScaleB(x.Derivative, exponent));

    /// <summary>Sign, Floor, Ceiling, Round and Truncate are flat between their jumps.</summary>
    public static Dual PiecewiseConstant(double value) => Constant(value);
}
