using System;
using System.Collections.Immutable;
using Perceptron.Gen.Tests.Properties.Oracles;
using Perceptron.Gen.Tests.Properties.Programs;
using Xunit;

namespace Perceptron.Gen.Tests.Properties.SelfTests;

/// <summary>The oracles against derivatives worked out by hand: if they were wrong, the properties would prove nothing.</summary>
public class OracleTests
{
    private static readonly Variable A = new("a");
    private static readonly Variable B = new("b");

    [Fact]
    public void Dual_numbers_differentiate_a_product_with_a_sine()
    {
        // F(a, b) = a·b + sin(a): ∂F/∂a = b + cos(a), ∂F/∂b = a.
        var program = RandomProgram.WithExpressionBody(
            2,
            new Binary(ArithmeticOperator.Add, new Binary(ArithmeticOperator.Multiply, A, B), new Call(MathFunction.Sin, A))
        );

        Assert.Equal(2 + Math.Cos(1), ProgramInterpreter.Evaluate(program, new[] { 1.0, 2.0 }, seeded: 0).Result.Derivative, 1e-15);
        Assert.Equal(1.0, ProgramInterpreter.Evaluate(program, new[] { 1.0, 2.0 }, seeded: 1).Result.Derivative);
        Assert.Equal(2 + Math.Sin(1), ProgramInterpreter.Value(program, new[] { 1.0, 2.0 }));
    }

    [Fact]
    public void The_interpreter_follows_compound_assignments_and_early_returns()
    {
        // v0 = a; v0 *= a; if (v0 > 4) return v0; v0 /= b; return v0 — so a²/b below the branch and a² above it.
        var program = RandomProgram.WithBlockBody(
            2,
            ImmutableArray.Create<Statement>(
                new Declare("v0", A),
                new Assign("v0", AssignmentOperator.MultiplyAssign, A),
                new If(
                    new Comparison(ComparisonOperator.Greater, new Variable("v0"), new Constant(4)),
                    ImmutableArray.Create<Statement>(new Return(new Variable("v0"))),
                    ImmutableArray<Statement>.Empty
                ),
                new Assign("v0", AssignmentOperator.DivideAssign, B),
                new Return(new Variable("v0"))
            )
        );

        Assert.Equal(new Dual(0.375, 0.5), ProgramInterpreter.Evaluate(program, new[] { 1.5, 6.0 }, seeded: 0).Result);
        Assert.Equal(new Dual(0.375, -0.0625), ProgramInterpreter.Evaluate(program, new[] { 1.5, 6.0 }, seeded: 1).Result);
        Assert.Equal(new Dual(25, 10), ProgramInterpreter.Evaluate(program, new[] { 5.0, 6.0 }, seeded: 0).Result);
    }

    [Fact]
    public void The_interpreter_runs_loops_with_break_and_continue_as_worked_by_hand()
    {
        var program = HandWorkedLoops.Program;
        var point = HandWorkedLoops.Point;

        Assert.Equal(new Dual(18.8125, 17.75), ProgramInterpreter.Evaluate(program, point, seeded: 0).Result);
        Assert.Equal(1.5, ProgramInterpreter.Evaluate(program, point, seeded: 1).Result.Derivative);
        Assert.Equal(0.0, ProgramInterpreter.Evaluate(program, point, seeded: 2).Result.Derivative);
        Assert.Equal(0.25, ProgramInterpreter.Evaluate(program, point, seeded: 3).Result.Derivative);
    }

    [Fact]
    public void A_point_is_near_a_path_change_where_a_loop_would_break_one_iteration_earlier_close_by()
    {
        var program = HandWorkedLoops.Program;
        double[] Moved(double a) => new[] { a, 3, -1, 0.5 };

        var nearBreak = Neighbourhood.PathChangeNear(program, Moved(1.6605), ProgramInterpreter.Evaluate(program, Moved(1.6605)));
        var away = Neighbourhood.PathChangeNear(program, Moved(2), ProgramInterpreter.Evaluate(program, Moved(2)));

        Assert.Equal("a path change within 0.001 at a comparison", nearBreak);
        Assert.Null(away);
    }

    [Fact]
    public void Finite_differences_estimate_a_derivative_to_many_digits()
    {
        var program = RandomProgram.WithExpressionBody(1, new Call(MathFunction.Exp, new Call(MathFunction.Sin, A)));

        var (derivative, steady) = FiniteDifferences.Estimate(program, new[] { 0.7 }, 0);

        Assert.True(steady);
        Assert.Equal(Math.Cos(0.7) * Math.Exp(Math.Sin(0.7)), derivative, 1e-9);
    }

    [Fact]
    public void A_point_is_near_a_branch_boundary_when_the_path_changes_close_by_but_not_at_a_tie_that_always_holds()
    {
        var square = new Binary(ArithmeticOperator.Multiply, A, A);
        var squarePositive = RandomProgram.WithExpressionBody(
            1,
            new Conditional(new Comparison(ComparisonOperator.Greater, square, new Constant(0)), A, new Constant(0))
        );
        var alwaysEqual = RandomProgram.WithExpressionBody(
            1,
            new Conditional(new Comparison(ComparisonOperator.Equal, A, A), A, new Constant(0))
        );

        Assert.NotNull(NearBoundary(squarePositive, 0.0));
        Assert.Null(NearBoundary(squarePositive, 0.5));
        Assert.Null(NearBoundary(alwaysEqual, 0.0));
    }

    private static string? NearBoundary(RandomProgram program, double a) =>
        Neighbourhood.PathChangeNear(program, new[] { a }, ProgramInterpreter.Evaluate(program, new[] { a }));
}
