using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace Perceptron.Gen.Tests.Numeric;

/// <summary>
/// Every supported construct's generated derivative against central finite differences, at many random points.
/// </summary>
public class FiniteDifferenceTests
{
    private const int PointsPerCase = 200;

    /// <summary>A differentiated method: its value, its generated gradient, and the range its arguments are drawn from.</summary>
    public sealed record Case(
        string Name,
        Func<double[], double> Value,
        Func<double[], (double Value, double[] Gradient)> Generated,
        double Low,
        double High
    );

    public static IEnumerable<object[]> Cases() => AllCases.Select(c => new object[] { c.Name });

    private static readonly Case[] AllCases =
    {
        Binary("Sum", SupportedOperations.Sum, SupportedOperations.SumGradient),
        Binary("Difference", SupportedOperations.Difference, SupportedOperations.DifferenceGradient),
        Binary("Product", SupportedOperations.Product, SupportedOperations.ProductGradient),
        Binary("Quotient", SupportedOperations.Quotient, SupportedOperations.QuotientGradient, low: 0.5, high: 4),
        Unary("Negation", SupportedOperations.Negation, SupportedOperations.NegationGradient),
        Unary("UnaryPlus", SupportedOperations.UnaryPlus, SupportedOperations.UnaryPlusGradient),
        Unary("Square", SupportedOperations.Square, SupportedOperations.SquareGradient),
        Unary("Cube", SupportedOperations.Cube, SupportedOperations.CubeGradient),
        Unary("InverseSquare", SupportedOperations.InverseSquare, SupportedOperations.InverseSquareGradient, low: 0.5, high: 4),
        Unary("SquareRootByPower", SupportedOperations.SquareRootByPower, SupportedOperations.SquareRootByPowerGradient, low: 0.1, high: 9),
        Unary("ZerothPower", SupportedOperations.ZerothPower, SupportedOperations.ZerothPowerGradient),
        Unary("IntegerConstants", SupportedOperations.IntegerConstants, SupportedOperations.IntegerConstantsGradient),
        Unary("ConstantResult", SupportedOperations.ConstantResult, SupportedOperations.ConstantResultGradient),
        Binary("Locals", SupportedOperations.Locals, SupportedOperations.LocalsGradient, low: 0.5, high: 3),
        Binary("Reassignments", SupportedOperations.Reassignments, SupportedOperations.ReassignmentsGradient, low: 0.5, high: 3),
        Unary("ParameterReassigned", SupportedOperations.ParameterReassigned, SupportedOperations.ParameterReassignedGradient),
        Binary("UnusedLocal", SupportedOperations.UnusedLocal, SupportedOperations.UnusedLocalGradient),
        Binary("LongChain", SupportedOperations.LongChain, SupportedOperations.LongChainGradient, low: 0, high: 2),
        Unary("Exp", MathLibraryOperations.Exp, MathLibraryOperations.ExpGradient),
        Unary("Log", MathLibraryOperations.Log, MathLibraryOperations.LogGradient, low: 0.1, high: 5),
        Binary("LogWithBase", MathLibraryOperations.LogWithBase, MathLibraryOperations.LogWithBaseGradient, low: 1.5, high: 5),
        Unary("Log10", MathLibraryOperations.Log10, MathLibraryOperations.Log10Gradient, low: 0.1, high: 5),
        Unary("Log2", MathLibraryOperations.Log2, MathLibraryOperations.Log2Gradient, low: 0.1, high: 5),
        Unary("Sqrt", MathLibraryOperations.Sqrt, MathLibraryOperations.SqrtGradient, low: 0.1, high: 5),
        Unary("Cbrt", MathLibraryOperations.Cbrt, MathLibraryOperations.CbrtGradient, low: 0.1, high: 5),
        Binary("Pow", MathLibraryOperations.Pow, MathLibraryOperations.PowGradient, low: 0.2, high: 3),
        Unary("Sin", MathLibraryOperations.Sin, MathLibraryOperations.SinGradient),
        Unary("Cos", MathLibraryOperations.Cos, MathLibraryOperations.CosGradient),
        Unary("Tan", MathLibraryOperations.Tan, MathLibraryOperations.TanGradient, low: -1.2, high: 1.2),
        Unary("Asin", MathLibraryOperations.Asin, MathLibraryOperations.AsinGradient, low: -0.9, high: 0.9),
        Unary("Acos", MathLibraryOperations.Acos, MathLibraryOperations.AcosGradient, low: -0.9, high: 0.9),
        Unary("Atan", MathLibraryOperations.Atan, MathLibraryOperations.AtanGradient),
        Binary("Atan2", MathLibraryOperations.Atan2, MathLibraryOperations.Atan2Gradient, low: 0.2, high: 3),
        Unary("Sinh", MathLibraryOperations.Sinh, MathLibraryOperations.SinhGradient),
        Unary("Cosh", MathLibraryOperations.Cosh, MathLibraryOperations.CoshGradient),
        Unary("Tanh", MathLibraryOperations.Tanh, MathLibraryOperations.TanhGradient),
        Unary("Asinh", MathLibraryOperations.Asinh, MathLibraryOperations.AsinhGradient),
        Unary("Acosh", MathLibraryOperations.Acosh, MathLibraryOperations.AcoshGradient, low: 1.1, high: 5),
        Unary("Atanh", MathLibraryOperations.Atanh, MathLibraryOperations.AtanhGradient, low: -0.9, high: 0.9),
        Unary("Abs", MathLibraryOperations.Abs, MathLibraryOperations.AbsGradient),
        Binary("Max", MathLibraryOperations.Max, MathLibraryOperations.MaxGradient),
        Binary("Min", MathLibraryOperations.Min, MathLibraryOperations.MinGradient),
        Unary("Relu", MathLibraryOperations.Relu, MathLibraryOperations.ReluGradient),
        Binary("Clamp", MathLibraryOperations.Clamp, MathLibraryOperations.ClampGradient),
        Binary("FusedMultiplyAdd", MathLibraryOperations.FusedMultiplyAdd, MathLibraryOperations.FusedMultiplyAddGradient),
        Unary("ScaleB", MathLibraryOperations.ScaleB, MathLibraryOperations.ScaleBGradient),
        Unary("Steps", MathLibraryOperations.Steps, MathLibraryOperations.StepsGradient, low: 0.05, high: 0.45),
        Unary("Sigmoid", MathLibraryOperations.Sigmoid, MathLibraryOperations.SigmoidGradient, low: -8, high: 8),
        Binary("Conditional", MathLibraryOperations.Conditional, MathLibraryOperations.ConditionalGradient),
        Binary("LogicalConditions", MathLibraryOperations.LogicalConditions, MathLibraryOperations.LogicalConditionsGradient),
        Binary("IfElse", MathLibraryOperations.IfElse, MathLibraryOperations.IfElseGradient),
        Binary("EarlyReturn", MathLibraryOperations.EarlyReturn, MathLibraryOperations.EarlyReturnGradient),
        Unary(
            "LogOfNonPositiveIsNotTaken",
            MathLibraryOperations.LogOfNonPositiveIsNotTaken,
            MathLibraryOperations.LogOfNonPositiveIsNotTakenGradient
        ),
        new(
            "Nested",
            x => SupportedOperations.Nested(x[0], x[1], x[2]),
            x =>
            {
                var value = SupportedOperations.NestedGradient(x[0], x[1], x[2], out var da, out var db, out var dc);
                return (value, new[] { da, db, dc });
            },
            -3,
            3
        ),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_gradient_matches_central_differences(string name)
    {
        var testCase = AllCases.Single(c => c.Name == name);
        // A seed fixed by the case's name, so a failure reproduces; string.GetHashCode differs from run to run.
        var random = new Random(name.Sum(character => character));

        // Probe with enough zeros for any case; only the gradient's length is used.
        var arity = testCase.Generated(new double[3]).Gradient.Length;
        for (var point = 0; point < PointsPerCase; point++)
        {
            var x = Enumerable.Range(0, arity).Select(_ => testCase.Low + (random.NextDouble() * (testCase.High - testCase.Low))).ToArray();
            var (value, gradient) = testCase.Generated(x);

            Assert.Equal(testCase.Value(x), value);
            for (var i = 0; i < arity; i++)
            {
                var numeric = CentralDifference(testCase.Value, x, i);
                var tolerance = 1e-6 * (1 + Math.Abs(numeric));
                Assert.True(
                    Math.Abs(gradient[i] - numeric) <= tolerance,
                    $"{name}: ∂/∂x{i} at ({string.Join(", ", x)}) is {gradient[i]}, central difference {numeric}"
                );
            }
        }
    }

    [Fact]
    public void The_derivative_of_x_to_the_zeroth_power_is_zero_at_zero()
    {
        var (value, derivative) = SupportedOperations.ZerothPowerGradient(0);
        Assert.Equal(1, value);
        Assert.Equal(0, derivative);
    }

    [Fact]
    public void A_local_that_is_never_used_contributes_nothing_even_when_infinite()
    {
        var (_, da, db) = SupportedOperations.UnusedLocalGradient(2, 5);
        Assert.Equal(3, da);
        Assert.Equal(0, db);
    }

    [Fact]
    public void Only_the_named_parameters_are_differentiated()
    {
        var value = SupportedOperations.OnlyWithRespectToAGradient(3, 5, out var da);
        Assert.Equal(45, value);
        Assert.Equal(30, da);
    }

    [Fact]
    public void The_tuple_overload_returns_what_the_out_overload_writes()
    {
        var value = SupportedOperations.LocalsGradient(1.5, 2.5, out var da, out var db);
        Assert.Equal((value, da, db), SupportedOperations.LocalsGradient(1.5, 2.5));
    }

    private static double CentralDifference(Func<double[], double> f, double[] x, int index)
    {
        var step = 1e-6 * Math.Max(1e-2, Math.Abs(x[index]));
        var forward = (double[])x.Clone();
        var backward = (double[])x.Clone();
        forward[index] += step;
        backward[index] -= step;
        return (f(forward) - f(backward)) / (forward[index] - backward[index]);
    }

    private static Case Unary(
        string name,
        Func<double, double> value,
        Func<double, (double, double)> gradient,
        double low = -3,
        double high = 3
    ) =>
        new(
            name,
            x => value(x[0]),
            x =>
            {
                var (v, d) = gradient(x[0]);
                return (v, new[] { d });
            },
            low,
            high
        );

    private static Case Binary(
        string name,
        Func<double, double, double> value,
        Func<double, double, (double, double, double)> gradient,
        double low = -3,
        double high = 3
    ) =>
        new(
            name,
            x => value(x[0], x[1]),
            x =>
            {
                var (v, da, db) = gradient(x[0], x[1]);
                return (v, new[] { da, db });
            },
            low,
            high
        );
}
