using System;
using Perceptron.Gen;

namespace Corpus.Statistics;

/// <summary>The gamma function, as a library provides it, without a derivative.</summary>
public static class GammaFunction
{
    /// <summary>ln Γ(x) for x &gt; 0 by Stirling's series after shifting x above 8.</summary>
    public static double LogGamma(double x)
    {
        double shift = 0;
        while (x < 8)
        {
            shift -= Math.Log(x);
            x += 1;
        }

        double inverse = 1 / (x * x);
        double series = (1.0 / 12 - inverse * (1.0 / 360 - inverse / 1260)) / x;
        return shift + (x - 0.5) * Math.Log(x) - x + 0.5 * Math.Log(2 * Math.PI) + series;
    }
}

/// <summary>Log-likelihoods of common distributions, differentiated in their parameters and not in the data.</summary>
public static partial class Likelihoods
{
    // domain: mean -2..2, sigma 0.5..3, samples[8] -3..3
    [Differentiable(nameof(mean), nameof(sigma))]
    public static double Gaussian(double mean, double sigma, ReadOnlySpan<double> samples)
    {
        double total = 0;
        foreach (double x in samples)
        {
            double z = (x - mean) / sigma;
            total -= 0.5 * z * z;
        }

        return total - samples.Length * (Math.Log(sigma) + 0.5 * Math.Log(2 * Math.PI));
    }

    // ln k! is summed by a while loop, since the counts are doubles.
    // domain: rate 0.5..10, counts[6] 0..8
    [Differentiable(nameof(rate))]
    public static double Poisson(double rate, double[] counts)
    {
        double total = 0;
        for (int i = 0; i < counts.Length; i++)
        {
            double logFactorial = 0;
            double k = 2;
            while (k <= counts[i])
            {
                logFactorial += Math.Log(k);
                k += 1;
            }

            total += counts[i] * Math.Log(rate) - rate - logFactorial;
        }

        return total;
    }

    // Poisson regression with a log link: rate_i = exp(slope·x_i + intercept).
    // domain: slope -1..1, intercept -1..1, x[5] -2..2, counts[5] 0..6
    [Differentiable(nameof(slope), nameof(intercept))]
    public static double PoissonRegression(double slope, double intercept, double[] x, double[] counts)
    {
        double total = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double eta = slope * x[i] + intercept;
            total += counts[i] * eta - Math.Exp(eta);
        }

        return total;
    }

    // A two-component Gaussian mixture at one point, its log-density through log-sum-exp.
    // domain: weight 0.1..0.9, mean1 -2..0, mean2 0..2, sigma1 0.5..2, sigma2 0.5..2, x -3..3
    [Differentiable]
    public static double MixtureLogDensity(double weight, double mean1, double mean2, double sigma1, double sigma2, double x)
    {
        double a = Math.Log(weight) - Math.Log(sigma1) - 0.5 * Math.Pow((x - mean1) / sigma1, 2);
        double b = Math.Log(1 - weight) - Math.Log(sigma2) - 0.5 * Math.Pow((x - mean2) / sigma2, 2);
        double top = Math.Max(a, b);
        return top + Math.Log(Math.Exp(a - top) + Math.Exp(b - top)) - 0.5 * Math.Log(2 * Math.PI);
    }

    // The negative binomial needs ln Γ, which has no derivative here.
    [Differentiable(nameof(r))]
    public static double NegativeBinomial(double r, double p, double k) =>
        {|PGEN004:GammaFunction.LogGamma(k + r)|} - {|PGEN004:GammaFunction.LogGamma(r)|} + r * Math.Log(p) + k * Math.Log(1 - p);
}
