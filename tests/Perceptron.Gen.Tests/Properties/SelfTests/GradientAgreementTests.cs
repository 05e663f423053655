using System;
using System.Collections.Immutable;
using System.Linq;
using Perceptron.Gen.Tests.Properties.Generation;
using Perceptron.Gen.Tests.Properties.Programs;
using Perceptron.Gen.Tests.Properties.Running;
using Xunit;

namespace Perceptron.Gen.Tests.Properties.SelfTests;

/// <summary>
/// The property itself can fail: a gradient method off by a millionth is caught, and so is a method whose value is not
/// the program's. Hand-written methods stand in for generated ones.
/// </summary>
public class GradientAgreementTests
{
    private static readonly PropertyCase SquareCase = new(
        RandomProgram.WithExpressionBody(1, new Binary(ArithmeticOperator.Multiply, new Variable("a"), new Variable("a"))),
        ImmutableArray.Create(ImmutableArray.Create(0.75), ImmutableArray.Create(-1.25))
    );

    public static double Square(double a) => a * a;

    public static double SquareGradient(double a, out double dA)
    {
        dA = 2 * a;
        return a * a;
    }

    public static double SquareGradientOffByAMillionth(double a, out double dA)
    {
        dA = 2 * a * (1 + 1e-6);
        return a * a;
    }

    public static double Cube(double a) => a * a * a;

    public static double Saturated(double a) => Math.Tanh(1000 * a);

    public static double SaturatedGradient(double a, out double dA)
    {
        dA = 1000 / (Math.Cosh(1000 * a) * Math.Cosh(1000 * a));
        return Math.Tanh(1000 * a);
    }

    [Fact]
    public void A_partial_far_smaller_than_those_it_is_computed_from_is_skipped_as_ill_conditioned()
    {
        // tanh(1000a) at a = 1: the argument's partial is 1000, the result's 0 (cosh(1000) overflows).
        var saturated = new PropertyCase(
            RandomProgram.WithExpressionBody(
                1,
                new Call(MathFunction.Tanh, new Binary(ArithmeticOperator.Multiply, new Constant(1000), new Variable("a")))
            ),
            ImmutableArray.Create(ImmutableArray.Create(1.0))
        );

        var outcome = GradientAgreement.Check(saturated, Compiled(nameof(Saturated), nameof(SaturatedGradient)));

        Assert.False(outcome.Failed, outcome.Failure);
        Assert.Equal(0, outcome.PointsChecked);
        Assert.StartsWith("an ill-conditioned partial (", Assert.Single(outcome.Notes));
    }

    [Fact]
    public void A_right_gradient_passes_at_every_point()
    {
        var outcome = GradientAgreement.Check(SquareCase, Compiled(nameof(Square), nameof(SquareGradient)));

        Assert.False(outcome.Failed, outcome.Failure);
        Assert.Equal(2, outcome.PointsChecked);
    }

    [Fact]
    public void A_gradient_off_by_a_millionth_fails_and_says_which_partial()
    {
        var outcome = GradientAgreement.Check(SquareCase, Compiled(nameof(Square), nameof(SquareGradientOffByAMillionth)));

        Assert.Equal(FailureKind.WrongResult, outcome.Kind);
        Assert.Contains("At F(a = 0.75)", outcome.Failure);
        Assert.Contains("∂F/∂a: generated 1.500001", outcome.Failure);
        Assert.Contains(", dual numbers 1.5, finite differences ", outcome.Failure);
    }

    [Fact]
    public void A_method_that_is_not_the_printed_program_fails_as_a_bug_in_the_tests()
    {
        var outcome = GradientAgreement.Check(SquareCase, Compiled(nameof(Cube), nameof(SquareGradient)));

        Assert.Equal(FailureKind.WrongResult, outcome.Kind);
        Assert.Contains("the compiled method returns 0.421875, the interpreter 0.5625 (a bug in the tests)", outcome.Failure);
    }

    [Fact]
    public void A_warning_in_generated_code_fails_even_when_the_gradient_is_right()
    {
        var right = Compiled(nameof(Square), nameof(SquareGradient));

        var outcome = GradientAgreement.Check(SquareCase, right with { GeneratedWarnings = new[] { "F.g.cs(3,1): warning CS0219" } });

        Assert.Equal(FailureKind.NotGenerated, outcome.Kind);
        Assert.Contains("warning CS0219", outcome.Failure);
    }

    private static BatchEntry Compiled(string original, string gradient)
    {
        var methods = typeof(GradientAgreementTests).GetMethods();
        var program = new CompiledProgram(
            methods.Single(method => method.Name == original),
            methods.Single(method => method.Name == gradient)
        );
        return new BatchEntry(program, null, false, System.Array.Empty<string>());
    }
}
