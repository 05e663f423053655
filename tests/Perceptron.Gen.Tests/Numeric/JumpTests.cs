using System;
using Xunit;

namespace Perceptron.Gen.Tests.Numeric;

/// <summary>Gradients through loops whose trip count depends on the data: while, do, break, continue.</summary>
public class JumpTests
{
    private static double CentralDifference(Func<double, double> f, double x)
    {
        var step = 1e-6 * Math.Max(1, Math.Abs(x));
        return (f(x + step) - f(x - step)) / (2 * step);
    }

    [Theory]
    [InlineData(5.3, 0.7)]
    [InlineData(37.0, 1.3)]
    [InlineData(0.4, 2.0)]
    public void A_while_loop_whose_trip_count_depends_on_the_input(double x, double a)
    {
        var (value, dX, dA) = JumpOperations.HalveUntilSmallGradient(x, a);
        Assert.Equal(JumpOperations.HalveUntilSmall(x, a), value);
        Assert.Equal(CentralDifference(v => JumpOperations.HalveUntilSmall(v, a), x), dX, 1e-6);
        Assert.Equal(CentralDifference(v => JumpOperations.HalveUntilSmall(x, v), a), dA, 1e-6);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(2.5)]
    [InlineData(0.3)]
    public void A_do_loop(double x)
    {
        var (value, derivative) = JumpOperations.DoLoopGradient(x);
        Assert.Equal(JumpOperations.DoLoop(x), value);
        Assert.Equal(CentralDifference(JumpOperations.DoLoop, x), derivative, 1e-5);
    }

    [Fact]
    public void A_break_stops_the_sum_and_its_gradient()
    {
        var x = new[] { 1.0, 2.0, 3.0, 4.0 };
        var gradient = new double[4];
        var value = JumpOperations.SumUntilLargeGradient(x, 4.5, gradient, out var dThreshold);

        Assert.Equal(1 + 4, value);
        Assert.Equal(new[] { 2.0, 4.0, 0.0, 0.0 }, gradient);
        Assert.Equal(0, dThreshold);
    }

    [Fact]
    public void A_continue_skips_the_rest_of_the_iteration()
    {
        var x = new[] { 4.0, -1.0, 9.0 };
        var gradient = new double[3];
        var value = JumpOperations.SkipNegativesGradient(x, 2, gradient, out var dScale);

        Assert.Equal(2 * (2 + 3), value);
        Assert.Equal(new[] { 2 / (2 * 2.0), 0.0, 2 / (2 * 3.0) }, gradient);
        Assert.Equal(5, dScale);
    }

    [Fact]
    public void Continue_and_break_in_one_foreach_loop()
    {
        var x = new[] { 2.0, 0.0, 5.0, 7.0, 3.0 };
        var gradient = new double[5];
        var value = JumpOperations.ProductWithContinueAndBreakGradient(x, gradient);

        // 2·5 = 10, then 70 > 50 stops the loop before 3.
        Assert.Equal(70, value);
        Assert.Equal(new[] { 35.0, 0.0, 14.0, 10.0, 0.0 }, gradient);
    }
}
