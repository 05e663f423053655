using System;
using Xunit;
using Xunit.Abstractions;

namespace Perceptron.Gen.Tests.Numeric;

/// <summary>
/// Sums over 10⁷ samples, where a plain running sum loses digits: every component of the generated Backward (and the
/// loss of Loss) must be within 1e-12 · Σ|terms| of the exact sum of the same per-sample terms. The exact sums come from
/// double-double accumulation (each addition's rounding error kept by TwoSum), whose own error is about n·2⁻¹⁰⁶.
/// </summary>
public class LongSumAccuracyTests(ITestOutputHelper output)
{
    private const int SampleCount = 10_000_000;
    private const double RelativeBound = 1e-12;
    private const double W = 0.3;
    private const double B = 0.1;

    /// <summary>
    /// Terms from a few repeated values: each addition of a running sum rounds the same way, so its error grows with n instead of √n. The
    /// data would fail the bound with a plain sum, which the test checks first, so it cannot pass by being easy.
    /// </summary>
    [Fact]
    public void Near_equal_terms_are_summed_to_the_bound_where_a_plain_sum_is_not()
    {
        // Measurements on a coarse grid, as sensors and prices are: a few distinct values, repeated.
        var x = new double[SampleCount];
        var y = new double[SampleCount];
        for (var i = 0; i < SampleCount; i++)
        {
            x[i] = 1 + 0.25 * (i % 4);
            y[i] = 0.1 * (i % 3);
        }

        var exact = ExactSums(x, y);
        var plainErrorOfW = Math.Abs(PlainSumOfWTerms(x, y) - exact.W.Sum);
        Assert.True(
            plainErrorOfW > RelativeBound * exact.W.AbsoluteSum,
            $"A plain sum errs by {plainErrorOfW / exact.W.AbsoluteSum:E2} of Σ|terms| here; the data no longer tests accuracy."
        );

        output.WriteLine($"plain running sum of the ∂L/∂w terms: off by {plainErrorOfW / exact.W.AbsoluteSum:E2} of Σ|terms|");
        AssertWithinBound(x, y, exact);
    }

    /// <summary>Terms of both signs that mostly cancel: the bound is relative to Σ|terms|, not to the small total.</summary>
    [Fact]
    public void Cancelling_terms_are_summed_to_the_bound()
    {
        var random = new Random(31);
        var x = new double[SampleCount];
        var y = new double[SampleCount];
        for (var i = 0; i < SampleCount; i++)
        {
            x[i] = 1e3 * (random.NextDouble() - 0.5);
            y[i] = W * x[i] + B + 1e2 * (random.NextDouble() - 0.5);
        }

        AssertWithinBound(x, y, ExactSums(x, y));
    }

    private void AssertWithinBound(double[] x, double[] y, Sums exact)
    {
        var loss = WorkedExamplePerceptron.Backward(W, B, x, y, out var dW, out var dB);
        var scale = 1.0 / SampleCount;
        AssertClose("loss from Backward", loss, scale * exact.Loss.Sum, scale * exact.Loss.AbsoluteSum);
        AssertClose("∂L/∂w", dW, 2 * scale * exact.W.Sum, 2 * scale * exact.W.AbsoluteSum);
        AssertClose("∂L/∂b", dB, 2 * scale * exact.B.Sum, 2 * scale * exact.B.AbsoluteSum);
        AssertClose("Loss", WorkedExamplePerceptron.Loss(W, B, x, y), scale * exact.Loss.Sum, scale * exact.Loss.AbsoluteSum);
    }

    private void AssertClose(string what, double computed, double exact, double absoluteSum)
    {
        var error = Math.Abs(computed - exact);
        output.WriteLine($"{what}: off by {error / absoluteSum:E2} of Σ|terms|");
        Assert.True(
            error <= RelativeBound * absoluteSum,
            $"{what}: {computed:R} differs from the exact {exact:R} by {error / absoluteSum:E2} of Σ|terms| (bound {RelativeBound:E0})."
        );
    }

    /// <summary>The per-sample terms exactly as the generated code forms them, summed in double-double.</summary>
    private static Sums ExactSums(double[] x, double[] y)
    {
        var loss = new DoubleDoubleSum();
        var w = new DoubleDoubleSum();
        var b = new DoubleDoubleSum();
        for (var i = 0; i < x.Length; i++)
        {
            var error = W * x[i] + B - y[i];
            loss.Add(error * error);
            w.Add(error * x[i]);
            b.Add(error);
        }

        return new Sums(loss.Result, w.Result, b.Result);
    }

    private static double PlainSumOfWTerms(double[] x, double[] y)
    {
        var sum = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            sum += (W * x[i] + B - y[i]) * x[i];
        }

        return sum;
    }

    private sealed record Sums(
        (double Sum, double AbsoluteSum) Loss,
        (double Sum, double AbsoluteSum) W,
        (double Sum, double AbsoluteSum) B
    );

    /// <summary>A sum kept as high + low parts: TwoSum recovers each addition's rounding error exactly.</summary>
    private sealed class DoubleDoubleSum
    {
        private double high;
        private double low;
        private double absoluteSum;

        public (double Sum, double AbsoluteSum) Result => (high + low, absoluteSum);

        public void Add(double value)
        {
            var sum = high + value;
            var virtualValue = sum - high;
            var roundingError = (high - (sum - virtualValue)) + (value - virtualValue);
            high = sum;
            low += roundingError;
            absoluteSum += Math.Abs(value);
        }
    }
}
