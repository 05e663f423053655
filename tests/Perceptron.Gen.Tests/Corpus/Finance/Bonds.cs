using System;
using Perceptron.Gen;

namespace Corpus.Finance;

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
