using System;
using Xunit;

namespace Perceptron.Gen.Tests.Numeric;

/// <summary>
/// Where other tools are known to go wrong: derivatives that must keep their value where a naive form rounds to 0,
/// give 0 rather than NaN, or follow the documented rule at a kink (the minimum-norm subgradient).
/// </summary>
public class NumericalSoundnessTests
{
    [Fact]
    public void Tanh_keeps_its_tiny_derivative_where_one_minus_tanh_squared_rounds_to_zero()
    {
        var (_, derivative) = MathLibraryOperations.TanhGradient(20);
        Assert.Equal(1.0 / (Math.Cosh(20) * Math.Cosh(20)), derivative, 1e-30);
        Assert.Equal(1.699e-17, derivative, 0.001e-17);
    }

    [Fact]
    public void The_sigmoid_at_minus_800_has_derivative_zero_not_NaN()
    {
        var (value, derivative) = MathLibraryOperations.SigmoidGradient(-800);
        Assert.Equal(0, value);
        Assert.Equal(0, derivative);
    }

    [Fact]
    public void The_sigmoid_derivative_is_s_times_one_minus_s()
    {
        var (value, derivative) = MathLibraryOperations.SigmoidGradient(0.7);
        Assert.Equal(value * (1 - value), derivative, 1e-15);
    }

    [Fact]
    public void Abs_at_zero_has_derivative_zero()
    {
        Assert.Equal(0, MathLibraryOperations.AbsGradient(0).Item2);
        Assert.Equal(1, MathLibraryOperations.AbsGradient(2).Item2);
        Assert.Equal(-1, MathLibraryOperations.AbsGradient(-2).Item2);
    }

    [Fact]
    public void Max_with_zero_at_zero_has_derivative_zero()
    {
        Assert.Equal(0, MathLibraryOperations.ReluGradient(0).Item2);
        Assert.Equal(1, MathLibraryOperations.ReluGradient(0.5).Item2);
    }

    [Fact]
    public void A_max_or_min_tie_splits_the_gradient_evenly()
    {
        var (_, maxA, maxB) = MathLibraryOperations.MaxGradient(1.5, 1.5);
        var (_, minA, minB) = MathLibraryOperations.MinGradient(-2, -2);
        Assert.Equal((0.5, 0.5), (maxA, maxB));
        Assert.Equal((0.5, 0.5), (minA, minB));
    }

    [Fact]
    public void The_derivative_of_a_power_with_respect_to_its_exponent_is_zero_at_a_zero_base()
    {
        var (value, dBase, dExponent) = MathLibraryOperations.PowGradient(0, 2.5);
        Assert.Equal(0, value);
        Assert.Equal(0, dBase);
        Assert.Equal(0, dExponent);
    }

    [Fact]
    public void A_power_with_a_zero_variable_exponent_has_derivative_zero_at_a_zero_base()
    {
        var (value, dBase, _) = MathLibraryOperations.PowGradient(0, 0);
        Assert.Equal(1, value);
        Assert.Equal(0, dBase);
    }

    [Fact]
    public void A_negative_base_with_an_integer_exponent_differentiates_in_the_base()
    {
        var (value, dBase, _) = MathLibraryOperations.PowGradient(-2, 3);
        Assert.Equal(-8, value);
        Assert.Equal(12, dBase);
        Assert.Equal(48, SupportedOperations.CubeGradient(-4).Item2);
    }

    [Fact]
    public void A_branch_not_taken_contributes_nothing_even_where_its_derivative_is_infinite_or_NaN()
    {
        Assert.Equal(1, MathLibraryOperations.LogOfNonPositiveIsNotTakenGradient(0).Item2);
        Assert.Equal(1, MathLibraryOperations.LogOfNonPositiveIsNotTakenGradient(-3).Item2);
        Assert.Equal(1 + 1 / 2.0, MathLibraryOperations.LogOfNonPositiveIsNotTakenGradient(2).Item2);
    }

    [Fact]
    public void Clamp_passes_the_gradient_inside_its_bounds_only()
    {
        Assert.Equal((1.0, 0.0), Derivatives(MathLibraryOperations.ClampGradient(0.5, 0)));
        Assert.Equal((0.0, 1.0), Derivatives(MathLibraryOperations.ClampGradient(-1, 0)));
        Assert.Equal((0.0, 1.0), Derivatives(MathLibraryOperations.ClampGradient(3, 0)));
    }

    private static (double, double) Derivatives((double Value, double DA, double DB) gradient) => (gradient.DA, gradient.DB);
}
