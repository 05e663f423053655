using System;
using Perceptron.Gen;

namespace Corpus.Unsupported;

/// <summary>A library routine without a derivative.</summary>
public static class Library
{
    public static double Bessel(double x) => 1 - x * x / 4 + x * x * x * x / 64;

    public static double Airy(double x) => 0.355 - 0.259 * x + 0.059 * x * x * x;
}

/// <summary>Numeric code as people write it, each method with one construct that cannot be differentiated.</summary>
public static partial class Constructs
{
    [Differentiable]
    public static double SafeLog(double x)
    {
        double result = 0;
        {|PGEN005:try
        {
            result = Math.Log(x);
        }
        catch (ArithmeticException)
        {
            result = double.NegativeInfinity;
        }|}

        return result;
    }

    [Differentiable]
    public static double Retry(double x)
    {
        double y = x;
        {|PGEN005:again: y = y * 0.5;|}
        if (y > 1)
        {
            {|PGEN005:goto again;|}
        }

        return y;
    }

    [Differentiable]
    public static double Alias(double x, double y)
    {
        double larger = x;
        {|PGEN005:ref double target = ref larger;|}
        larger = larger * y;
        return larger;
    }

    [Differentiable]
    public static double Wave(double x) => {|PGEN004:Library.Bessel(x)|} * Math.Cos(x);

    [Differentiable]
    public static double Damped(double x) => Math.Exp(-x) * {|PGEN004:Math.BitDecrement(x)|};

    [Differentiable]
    public static double Checked(double x)
    {
        if (x < 0)
        {
            {|PGEN005:throw new ArgumentOutOfRangeException(nameof(x));|}
        }

        return Math.Sqrt(x);
    }

    [Differentiable]
    public static double StepTwice(double x)
    {
        double total = 0;
        {|PGEN005:for (int i = 0; i < 10; i += 2)
        {
            total += x * i;
        }|}

        return total;
    }

    [Differentiable]
    public static double Local(double x)
    {
        {|PGEN005:double Square(double v) => v * v;|}
        return {|PGEN004:Square(x)|} + x;
    }

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

/// <summary>An instance method: gradients are added as static methods only.</summary>
public partial class Neuron
{
    [Differentiable]
    public double {|PGEN002:Fire|}(double input) => Math.Tanh(input);
}
