using System;
using Perceptron.Gen;

namespace Corpus.Unsupported;

/// <summary>Numeric code as people write it, each method with a statement that cannot be differentiated.</summary>
public static partial class Statements
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
}
