using System;
using Perceptron.Gen;

namespace Corpus.Finance;

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
