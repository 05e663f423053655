using System;
using System.Linq;
using Xunit;

namespace Perceptron.Gen.Tests.Numeric;

/// <summary>
/// Loops over samples on vector lanes against exact gradients, at every length from empty to several vector steps plus
/// a tail, and with arrays too short for the loop, where the method and its gradient fail alike.
/// </summary>
public class SampleLaneTests
{
    private static readonly Random Random = new(20261204);

    public static TheoryData<int> Lengths => new(Enumerable.Range(0, 20).Append(1000).Append(1003));

    [Theory]
    [MemberData(nameof(Lengths))]
    public void The_mean_squared_error_of_a_line_gives_the_normal_equations_gradient(int length)
    {
        var x = RandomArray(length);
        var y = RandomArray(length);
        const double w = 0.7;
        const double b = -0.2;

        var value = SampleLaneOperations.MeanSquaredErrorGradient(w, b, x, y, out var dW, out var dB);

        var errors = x.Zip(y, (feature, target) => w * feature + b - target).ToArray();
        var scale = errors.Sum(error => error * error) + 1;
        if (length == 0)
        {
            Assert.True(double.IsNaN(value), "0/0, as the method itself returns");
            return;
        }

        AssertClose(SampleLaneOperations.MeanSquaredError(w, b, x, y), value, scale / length);
        AssertClose(2.0 / length * errors.Zip(x, (error, feature) => error * feature).Sum(), dW, scale / length);
        AssertClose(2.0 / length * errors.Sum(), dB, scale / length);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(13)]
    [InlineData(64)]
    public void Cubes_constants_and_subtractions_from_the_sum_keep_their_derivatives(int length)
    {
        var u = RandomArray(length);
        var v = RandomArray(length);
        const double a = 0.3;
        const double c = -1.1;
        const double d = 0.4;

        var value = SampleLaneOperations.MixedTermsGradient(a, c, d, u, v, out var dA, out var dC, out var dD);

        var p = u.Zip(v, (first, second) => a * first - c * second / 4 + d).ToArray();
        AssertClose(SampleLaneOperations.MixedTerms(a, c, d, u, v), value, length);
        AssertClose(p.Select((pi, i) => 0.5 * v[i] - u[i] * pi * pi).Sum(), dA, length);
        AssertClose(p.Select((pi, i) => 0.25 * v[i] * pi * pi).Sum(), dC, length);
        AssertClose(-p.Sum(pi => pi * pi), dD, length);
    }

    [Fact]
    public void An_array_shorter_than_the_loop_fails_as_the_method_does()
    {
        var x = RandomArray(11);
        var y = RandomArray(12);

        Assert.Throws<IndexOutOfRangeException>(() => SampleLaneOperations.MeanSquaredError(0.5, 0.1, x, y));
        Assert.Throws<IndexOutOfRangeException>(() => SampleLaneOperations.MeanSquaredErrorGradient(0.5, 0.1, x, y, out _, out _));
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void An_exponential_on_lanes_keeps_its_derivative(int length)
    {
        var x = RandomArray(length);
        var y = RandomArray(length);
        const double w = 0.8;

        SampleLaneOperations.ExponentialFitGradient(w, x, y, out var dW);

        var expected = x.Zip(y, (feature, target) => 2 * (Math.Exp(w * feature) - target) * Math.Exp(w * feature) * feature).Sum();
        AssertClose(expected, dW, length);
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void An_absolute_value_and_a_branch_on_lanes_agree_with_one_sample_at_a_time(int length)
    {
        // Residuals on both sides of the branch, and exactly at its edge.
        var x = RandomArray(length).Select(value => 3 * value).ToArray();
        var y = RandomArray(length);
        if (length > 5)
        {
            x[5] = 1;
            y[5] = 0.2;
        }

        const double w = 0.9;
        const double b = -0.1;

        var value = SampleLaneOperations.HuberGradient(w, b, x, y, out var dW, out var dB);

        double expectedValue = 0;
        double expectedW = 0;
        double expectedB = 0;
        for (int i = 0; i < length; i++)
        {
            // A single sample is too few for lanes: this runs the scalar path of the same method.
            expectedValue += SampleLaneOperations.HuberGradient(w, b, [x[i]], [y[i]], out var sampleW, out var sampleB);
            expectedW += sampleW;
            expectedB += sampleB;
        }

        AssertClose(expectedValue, value, length);
        AssertClose(expectedW, dW, length);
        AssertClose(expectedB, dB, length);
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void A_logarithm_and_a_square_root_on_lanes_keep_their_derivatives(int length)
    {
        var x = RandomArray(length);
        const double w = 1.3;

        var value = SampleLaneOperations.SoftplusAndRootGradient(w, x, out var dW);

        AssertClose(SampleLaneOperations.SoftplusAndRoot(w, x), value, length);
        var expected = x.Sum(xi => xi / (1 + Math.Exp(-w * xi)) + w * xi * xi / Math.Sqrt(1 + w * w * xi * xi));
        AssertClose(expected, dW, length);
    }

    [Fact]
    public void A_not_a_number_on_a_lane_takes_the_branch_it_takes_in_scalar_code()
    {
        // NaN < 1 is false in both forms: the sample whose target is NaN is dropped, and the value and the gradient stay
        // finite. A lane form that tested !(error >= 1) instead would let the NaN through.
        var x = RandomArray(16);
        var y = RandomArray(16);
        y[3] = double.NaN;
        const double w = 0.5;

        var value = SampleLaneOperations.ClippedSquaredErrorGradient(w, x, y, out var dW);

        var kept = Enumerable.Range(0, 16).Where(i => i != 3 && w * x[i] - y[i] < 1).ToList();
        Assert.True(double.IsFinite(value) && double.IsFinite(dW), $"value {value}, dW {dW}");
        AssertClose(kept.Sum(i => (w * x[i] - y[i]) * (w * x[i] - y[i])), value, 16);
        AssertClose(kept.Sum(i => 2 * (w * x[i] - y[i]) * x[i]), dW, 16);
    }

    [Fact]
    public void A_loop_with_a_sine_stays_scalar_and_right()
    {
        var x = RandomArray(9);
        var y = RandomArray(9);
        const double w = 0.8;

        SampleLaneOperations.SineFitGradient(w, x, y, out var dW);

        var expected = x.Zip(y, (feature, target) => 2 * (Math.Sin(w * feature) - target) * Math.Cos(w * feature) * feature).Sum();
        AssertClose(expected, dW, 10);
    }

    /// <summary>Within a few roundings: the lanes add the samples in another order than the scalar loop.</summary>
    private static void AssertClose(double expected, double actual, double scale) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-13 * Math.Max(1, scale), $"expected {expected:R}, got {actual:R}");

    private static double[] RandomArray(int length) => Enumerable.Range(0, length).Select(_ => Random.NextDouble() * 2 - 1).ToArray();
}
