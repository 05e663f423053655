using System;
using Perceptron.Gen;

namespace Perceptron.Gen.Tests.Numeric;

/// <summary>One method per supported construct, each differentiated by the generator when this project builds.</summary>
public static partial class SupportedOperations
{
    [Differentiable]
    public static double Sum(double a, double b) => a + b;

    [Differentiable]
    public static double Difference(double a, double b) => a - b;

    [Differentiable]
    public static double Product(double a, double b) => a * b;

    [Differentiable]
    public static double Quotient(double a, double b) => a / b;

    [Differentiable]
    public static double Negation(double a) => -a;

    [Differentiable]
    public static double UnaryPlus(double a) => +a * 2;

    [Differentiable]
    public static double Square(double a) => Math.Pow(a, 2);

    [Differentiable]
    public static double Cube(double a) => Math.Pow(a, 3);

    [Differentiable]
    public static double InverseSquare(double a) => Math.Pow(a, -2);

    [Differentiable]
    public static double SquareRootByPower(double a) => Math.Pow(a, 0.5);

    [Differentiable]
    public static double ZerothPower(double a) => Math.Pow(a, 0);

    /// <summary>Constants are the compiler's: <c>-1 / 5</c> is the integer 0 and <c>7 / 2</c> is 3.</summary>
    [Differentiable]
    public static double IntegerConstants(double a) => a * (-1 / 5) + a * (7 / 2);

    [Differentiable]
    public static double ConstantResult(double a) => 42;

    [Differentiable]
    public static double Locals(double a, double b)
    {
        double t = a * b;
        double u = t - a / b;
        return u * t;
    }

    [Differentiable]
    public static double Reassignments(double a, double b)
    {
        double t = a;
        t = t * b;
        t += a;
        t *= t;
        t -= b;
        t /= a;
        t++;
        t--;
        return t;
    }

    [Differentiable]
    public static double ParameterReassigned(double a)
    {
        a = a * a;
        return a + 1;
    }

    [Differentiable(nameof(a))]
    public static double OnlyWithRespectToA(double a, double b) => a * a * b;

    [Differentiable]
    public static double Nested(double a, double b, double c) => (a + b) * (b - c) / (1 + a * a) - -c;

    [Differentiable]
    public static double UnusedLocal(double a, double b)
    {
        double unused = b / 0.0;
        return a * 3;
    }

    [Differentiable]
    public static double LongChain(double a, double b)
    {
        double p = a * a + b;
        double q = p * p - a * b;
        double r = q / (p + 2) + Math.Pow(p, 3) / 10;
        double s = -r * q + p;
        return s * s / (1 + b * b);
    }
}
