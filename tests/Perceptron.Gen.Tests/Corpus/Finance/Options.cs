using System;
using Perceptron.Gen;

namespace Corpus.Finance;

/// <summary>The error function, as a library provides it: the generator does not see into it.</summary>
public static class SpecialFunctions
{
    /// <summary>erf by its Taylor series up to |x| = 2, and by the continued fraction of erfc beyond.</summary>
    public static double Erf(double x)
    {
        double a = Math.Abs(x);
        if (a <= 2)
        {
            double term = x;
            double sum = x;
            for (int n = 1; n < 60; n++)
            {
                term *= -x * x / n;
                sum += term / (2 * n + 1);
            }

            return 2 / Math.Sqrt(Math.PI) * sum;
        }

        double fraction = a;
        for (int k = 200; k >= 1; k--)
        {
            fraction = a + k / 2.0 / fraction;
        }

        double complement = Math.Exp(-a * a) / Math.Sqrt(Math.PI) / fraction;
        return x > 0 ? 1 - complement : complement - 1;
    }
}

/// <summary>European options under Black–Scholes.</summary>
public static partial class Options
{
    [DerivativeOf(typeof(SpecialFunctions), nameof(SpecialFunctions.Erf))]
    public static double ErfWithDerivative(double x, out double dX)
    {
        dX = 2 / Math.Sqrt(Math.PI) * Math.Exp(-x * x);
        return SpecialFunctions.Erf(x);
    }

    // domain: z -4..4
    [Differentiable]
    public static double NormalCdf(double z) => 0.5 * (1 + SpecialFunctions.Erf(z / Math.Sqrt(2)));

    // domain: spot 50..150, strike 60..140, rate 0..0.08, volatility 0.1..0.6, years 0.25..3
    [Differentiable]
    public static double BlackScholesCall(double spot, double strike, double rate, double volatility, double years)
    {
        double root = Math.Sqrt(years);
        double d1 = (Math.Log(spot / strike) + (rate + 0.5 * volatility * volatility) * years) / (volatility * root);
        double d2 = d1 - volatility * root;
        return spot * NormalCdf(d1) - strike * Math.Exp(-rate * years) * NormalCdf(d2);
    }

    // Put–call parity on top of the call price.
    // domain: spot 50..150, strike 60..140, rate 0..0.08, volatility 0.1..0.6, years 0.25..3
    [Differentiable]
    public static double BlackScholesPut(double spot, double strike, double rate, double volatility, double years) =>
        BlackScholesCall(spot, strike, rate, volatility, years) - spot + strike * Math.Exp(-rate * years);
}
