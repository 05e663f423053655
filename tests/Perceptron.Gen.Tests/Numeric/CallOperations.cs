using System;
using Perceptron.Gen;

namespace Perceptron.Gen.Tests.Numeric;

/// <summary>Differentiable methods calling each other, recursively too, and a function with a supplied derivative.</summary>
public static partial class CallOperations
{
    [Differentiable]
    public static double Square(double x) => x * x;

    [Differentiable]
    public static double SquaresOfBoth(double a, double b) => Square(a) + Square(b) * 3;

    [Differentiable]
    public static double CallsAnotherType(double a) => OtherCallOperations.Cube(a) - a;

    /// <summary>xⁿ by recursion: the recursive call sits in the branch not taken at n = 0, and must not run there.</summary>
    [Differentiable]
    public static double RecursivePower(double x, int n) => n == 0 ? 1 : x * RecursivePower(x, n - 1);

    [Differentiable]
    public static double RecursiveWithStatements(double x, int n)
    {
        if (n <= 1)
        {
            return x;
        }

        double rest = RecursiveWithStatements(x + 1, n - 1);
        return x * rest;
    }

    [DerivativeOf(typeof(ExternalFunctions), nameof(ExternalFunctions.Logistic))]
    public static double LogisticWithDerivative(double x, out double dX)
    {
        var value = ExternalFunctions.Logistic(x);
        dX = value * (1 - value);
        return value;
    }

    [Differentiable]
    public static double UsesSuppliedDerivative(double z, double scale) => scale * ExternalFunctions.Logistic(z * scale);

    [Differentiable]
    public static double CallInLoop(double[] x)
    {
        double total = 0;
        for (int i = 0; i < x.Length; i++)
        {
            total += Square(x[i] - 1);
        }

        return total;
    }
}

/// <summary>Differentiable methods in another partial type.</summary>
public static partial class OtherCallOperations
{
    [Differentiable]
    public static double Cube(double x) => x * x * x;
}

/// <summary>A function the generator does not see into: a library's, say.</summary>
public static class ExternalFunctions
{
    public static double Logistic(double x) => 1 / (1 + Math.Exp(-x));
}
