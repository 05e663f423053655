using System;
using Perceptron.Gen;

namespace Perceptron.Gen.Tests.Numeric;

/// <summary>One method per function of <c>Math</c>, and the branches, each differentiated when this project builds.</summary>
public static partial class MathLibraryOperations
{
    [Differentiable]
    public static double Exp(double a) => Math.Exp(a);

    [Differentiable]
    public static double Log(double a) => Math.Log(a);

    [Differentiable]
    public static double LogWithBase(double a, double b) => Math.Log(a, b);

    [Differentiable]
    public static double Log10(double a) => Math.Log10(a);

    [Differentiable]
    public static double Log2(double a) => Math.Log2(a);

    [Differentiable]
    public static double Sqrt(double a) => Math.Sqrt(a);

    [Differentiable]
    public static double Cbrt(double a) => Math.Cbrt(a);

    [Differentiable]
    public static double Pow(double a, double b) => Math.Pow(a, b);

    [Differentiable]
    public static double Sin(double a) => Math.Sin(a);

    [Differentiable]
    public static double Cos(double a) => Math.Cos(a);

    [Differentiable]
    public static double Tan(double a) => Math.Tan(a);

    [Differentiable]
    public static double Asin(double a) => Math.Asin(a);

    [Differentiable]
    public static double Acos(double a) => Math.Acos(a);

    [Differentiable]
    public static double Atan(double a) => Math.Atan(a);

    [Differentiable]
    public static double Atan2(double a, double b) => Math.Atan2(a, b);

    [Differentiable]
    public static double Sinh(double a) => Math.Sinh(a);

    [Differentiable]
    public static double Cosh(double a) => Math.Cosh(a);

    [Differentiable]
    public static double Tanh(double a) => Math.Tanh(a);

    [Differentiable]
    public static double Asinh(double a) => Math.Asinh(a);

    [Differentiable]
    public static double Acosh(double a) => Math.Acosh(a);

    [Differentiable]
    public static double Atanh(double a) => Math.Atanh(a);

    [Differentiable]
    public static double Abs(double a) => Math.Abs(a);

    [Differentiable]
    public static double Max(double a, double b) => Math.Max(a, b);

    [Differentiable]
    public static double Min(double a, double b) => Math.Min(a, b);

    [Differentiable]
    public static double Relu(double a) => Math.Max(a, 0);

    [Differentiable]
    public static double Clamp(double a, double b) => Math.Clamp(a, b, b + 1);

    [Differentiable]
    public static double FusedMultiplyAdd(double a, double b) => Math.FusedMultiplyAdd(a, b, a * b);

    [Differentiable]
    public static double ScaleB(double a) => Math.ScaleB(a * a, 3);

    [Differentiable]
    public static double Steps(double a) => a * (Math.Sign(a) + Math.Floor(a) + Math.Ceiling(a) + Math.Round(a) + Math.Truncate(a));

    [Differentiable]
    public static double Sigmoid(double a) => 1 / (1 + Math.Exp(-a));

    [Differentiable]
    public static double Conditional(double a, double b) => a > b ? a * a : b * a;

    [Differentiable]
    public static double LogicalConditions(double a, double b) => a > 0 && b > 0 || !(a < -1) ? a * b : a - b;

    [Differentiable]
    public static double IfElse(double a, double b)
    {
        double result;
        if (a > b)
        {
            result = Math.Sin(a) * b;
        }
        else
        {
            result = Math.Cos(b) / (1 + a * a);
        }

        return result * a;
    }

    [Differentiable]
    public static double EarlyReturn(double a, double b)
    {
        double scaled = a * 2;
        if (scaled > b)
        {
            return scaled * b;
        }

        if (b > 1)
        {
            scaled = scaled - b;
        }
        else
        {
            return Math.Exp(b) + scaled;
        }

        return scaled * scaled;
    }

    [Differentiable]
    public static double LogOfNonPositiveIsNotTaken(double a)
    {
        double y = 0;
        if (a > 0)
        {
            y = Math.Log(a);
        }

        return y + a;
    }
}
