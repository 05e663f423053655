using System;
using Perceptron.Gen;

namespace Corpus.Unsupported;

/// <summary>A library routine without a derivative.</summary>
public static class Library
{
    public static double Bessel(double x) => 1 - x * x / 4 + x * x * x * x / 64;

    public static double Airy(double x) => 0.355 - 0.259 * x + 0.059 * x * x * x;
}

/// <summary>Calls and signatures that cannot be differentiated.</summary>
public static partial class Expressions
{
    [Differentiable]
    public static double Wave(double x) => {|PGEN004:Library.Bessel(x)|} * Math.Cos(x);

    [Differentiable]
    public static double Damped(double x) => Math.Exp(-x) * {|PGEN004:Math.BitDecrement(x)|};

    [Differentiable]
    public static {|PGEN003:decimal|} Money(double amount) => (decimal)amount;

    [Differentiable]
    public static double Scale(double x, {|PGEN003:out double|} twice)
    {
        twice = 2 * x;
        return x;
    }

    [Differentiable]
    public static double Identity{|PGEN012:<T>|}(double x) => x;

    [Differentiable("x", {|PGEN006:"z"|})]
    public static double Product(double x, double y) => x * y;

    // The derivative must come back through an out parameter.
    [{|PGEN013:DerivativeOf(typeof(Library), nameof(Library.Airy))|}]
    public static double AiryDerivative(double x) => -0.259 + 0.177 * x * x;
}
