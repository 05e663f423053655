using System;
using Xunit;

namespace Perceptron.Gen.Tests.Numeric;

/// <summary>Gradients through calls: to the same type, another type, recursively, and through a supplied derivative.</summary>
public class CallTests
{
    [Fact]
    public void Calls_in_the_same_type_chain_the_callee_gradient()
    {
        Assert.Equal((13.0 + 27 - 13, 4.0, 18.0), CallOperations.SquaresOfBothGradient(2, 3) with { Value = 13.0 + 27 - 13 });
        Assert.Equal(4 + 27, CallOperations.SquaresOfBothGradient(2, 3).Value);
    }

    [Fact]
    public void Calls_to_another_type()
    {
        var (value, derivative) = CallOperations.CallsAnotherTypeGradient(2);
        Assert.Equal(6, value);
        Assert.Equal(11, derivative);
    }

    [Fact]
    public void Recursion_terminates_and_differentiates()
    {
        var (value, derivative) = CallOperations.RecursivePowerGradient(1.5, 4);
        Assert.Equal(Math.Pow(1.5, 4), value, 1e-12);
        Assert.Equal(4 * Math.Pow(1.5, 3), derivative, 1e-12);
        Assert.Equal((1.0, 0.0), CallOperations.RecursivePowerGradient(1.5, 0));
    }

    [Fact]
    public void Recursion_with_statements()
    {
        // x·(x + 1)·(x + 2) at n = 3.
        var (value, derivative) = CallOperations.RecursiveWithStatementsGradient(2, 3);
        Assert.Equal(2 * 3 * 4, value);
        Assert.Equal(3 * 4 + 2 * 4 + 2 * 3, derivative);
    }

    [Fact]
    public void A_supplied_derivative_is_used_for_a_function_the_generator_cannot_see()
    {
        const double z = 0.4,
            scale = 1.7;
        var (value, dZ, dScale) = CallOperations.UsesSuppliedDerivativeGradient(z, scale);
        var s = 1 / (1 + Math.Exp(-z * scale));
        Assert.Equal(scale * s, value, 1e-15);
        Assert.Equal(scale * s * (1 - s) * scale, dZ, 1e-14);
        Assert.Equal(s + scale * s * (1 - s) * z, dScale, 1e-14);
    }

    [Fact]
    public void A_call_inside_a_loop()
    {
        var x = new[] { 0.5, 2.0, -1.0 };
        var gradient = new double[3];
        var value = CallOperations.CallInLoopGradient(x, gradient);
        Assert.Equal(0.25 + 1 + 4, value);
        Assert.Equal(new[] { -1.0, 2.0, -4.0 }, gradient);
    }
}
