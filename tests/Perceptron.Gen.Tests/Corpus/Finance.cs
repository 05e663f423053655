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

/// <summary>Interest and loans.</summary>
public static partial class Interest
{
    // domain: principal 100..10000, rate 0.001..0.2, years 1..30, periodsPerYear = 12
    [Differentiable]
    public static double Compound(double principal, double rate, double years, int periodsPerYear) =>
        principal * Math.Pow(1 + rate / periodsPerYear, periodsPerYear * years);

    // domain: principal 100..10000, rate 0.001..0.2, years 1..30
    [Differentiable]
    public static double Continuous(double principal, double rate, double years) => principal * Math.Exp(rate * years);

    // domain: loan 1000..500000, annualRate 0.005..0.12, months = 360
    [Differentiable]
    public static double MonthlyPayment(double loan, double annualRate, int months)
    {
        double r = annualRate / 12;
        return loan * r / (1 - Math.Pow(1 + r, -months));
    }

    // The fraction of a coupon period that has passed: % on a double has no derivative at its jumps.
    [Differentiable]
    public static double Accrued(double coupon, double years) => coupon * ({|PGEN004:years % 0.5|}) * 2;

    // Day-count conventions chosen by number.
    [Differentiable]
    public static double AccruedByConvention(double coupon, double days, int convention)
    {
        double basis = 360;
        {|PGEN005:switch (convention)
        {
            case 1:
                basis = 365;
                break;
            case 2:
                basis = 365.25;
                break;
        }|}

        return coupon * days / basis;
    }
}

/// <summary>A bond with a yearly coupon and 100 repaid at maturity.</summary>
public static partial class Bonds
{
    // domain: yield 0.005..0.15, coupon 0..10, years = 10
    [Differentiable]
    public static double Price(double yield, double coupon, int years)
    {
        double price = 0;
        double discount = 1;
        for (int year = 1; year <= years; year++)
        {
            discount /= 1 + yield;
            price += coupon * discount;
        }

        return price + 100 * discount;
    }

    // ∂Price/∂yield, written out by hand for Newton's method.
    // domain: yield 0.005..0.15, coupon 0..10, years = 10
    [Differentiable]
    public static double PriceSlope(double yield, double coupon, int years)
    {
        double slope = 0;
        for (int year = 1; year <= years; year++)
        {
            slope -= year * coupon * Math.Pow(1 + yield, -year - 1);
        }

        return slope - years * 100 * Math.Pow(1 + yield, -years - 1);
    }

    // The yield at which the bond costs `price`: twelve Newton steps from 5 %.
    // domain: price 70..130, coupon 2..8, years = 10
    [Differentiable(nameof(price), nameof(coupon))]
    public static double YieldToMaturity(double price, double coupon, int years)
    {
        double yield = 0.05;
        for (int step = 0; step < 12; step++)
        {
            yield -= (Price(yield, coupon, years) - price) / PriceSlope(yield, coupon, years);
        }

        return yield;
    }

    // Macaulay duration: the present-value-weighted mean time of the payments.
    // domain: yield 0.005..0.15, coupon 1..10, years = 8
    [Differentiable]
    public static double Duration(double yield, double coupon, int years)
    {
        double weighted = 0;
        double total = 0;
        for (int year = 1; year <= years; year++)
        {
            double payment = year == years ? coupon + 100 : coupon;
            double present = payment / Math.Pow(1 + yield, year);
            weighted += year * present;
            total += present;
        }

        return weighted / total;
    }
}
