using System;
using Xunit;

namespace Perceptron.Gen.Tests.Numeric;

/// <summary>float methods get float gradients that agree with the same formulas computed in double.</summary>
public class FloatTests
{
    [Fact]
    public void A_float_polynomial()
    {
        var (value, dX, dY) = FloatOperations.PolynomialGradient(1.5f, -0.5f);
        const double x = 1.5,
            y = -0.5;
        var t = x * y + 2.5;
        Assert.IsType<float>(value);
        Assert.Equal(t * t - Math.Sqrt(x * x + 1), value, 1e-5);
        Assert.Equal(2 * t * y - x / Math.Sqrt(x * x + 1), dX, 1e-5);
        Assert.Equal(2 * t * x, dY, 1e-5);
    }

    [Theory]
    [InlineData(-3f)]
    [InlineData(0.5f)]
    [InlineData(40f)]
    public void Softplus_in_float_has_the_logistic_as_derivative(float x)
    {
        var (_, derivative) = FloatOperations.SoftplusGradient(x);
        Assert.Equal(1 / (1 + Math.Exp(-x)), derivative, 1e-6);
    }

    [Fact]
    public void A_float_loop_over_spans()
    {
        float[] weights = { 0.5f, -1f, 2f };
        float[] inputs = { 1f, 0.25f, -0.5f };
        var dWeights = new float[3];
        var dInputs = new float[3];
        FloatOperations.WeightedSumGradient(weights, inputs, dWeights, dInputs);

        for (var i = 0; i < 3; i++)
        {
            var sech = 1 / Math.Cosh(weights[i] * inputs[i]);
            Assert.Equal(sech * sech * inputs[i] / 3, dWeights[i], 1e-6);
            Assert.Equal(sech * sech * weights[i] / 3, dInputs[i], 1e-6);
        }
    }
}
