using System.Collections.Immutable;
using Perceptron.Gen.Tests.Properties.Programs;
using Xunit;

namespace Perceptron.Gen.Tests.Properties.SelfTests;

/// <summary>The printed C# must group exactly as the tree does, or the compiled method would not be the interpreted one.</summary>
public class CSharpPrinterTests
{
    private static readonly Variable A = new("a");
    private static readonly Variable B = new("b");
    private static readonly Variable C = new("c");

    [Fact]
    public void Parentheses_appear_only_where_precedence_or_left_association_needs_them()
    {
        Assert.Equal("a - b - c", Print(Minus(Minus(A, B), C)));
        Assert.Equal("a - (b - c)", Print(Minus(A, Minus(B, C))));
        Assert.Equal("(a - b) * c", Print(new Binary(ArithmeticOperator.Multiply, Minus(A, B), C)));
        Assert.Equal("a * b - c", Print(Minus(new Binary(ArithmeticOperator.Multiply, A, B), C)));
    }

    [Fact]
    public void Minus_signs_never_run_together_into_a_decrement()
    {
        Assert.Equal("-(-a)", Print(new Negate(new Negate(A))));
        Assert.Equal("-(-1.5)", Print(new Negate(new Constant(-1.5))));
        Assert.Equal("a - -1.5", Print(Minus(A, new Constant(-1.5))));
    }

    [Fact]
    public void Constants_are_doubles_unless_marked_as_int_literals()
    {
        Assert.Equal("a / 2.0", Print(new Binary(ArithmeticOperator.Divide, A, new Constant(2))));
        Assert.Equal("a / 2", Print(new Binary(ArithmeticOperator.Divide, A, new Constant(2, WrittenAsInteger: true))));
        Assert.Equal("1E-05", Print(new Constant(1e-5)));
    }

    [Fact]
    public void Conditions_and_conditionals_read_as_written()
    {
        var test = new Logical(
            false,
            new Not(new Comparison(ComparisonOperator.Less, A, B)),
            new Comparison(ComparisonOperator.Equal, B, C)
        );
        var conditional = new Conditional(test, A, new Conditional(new Comparison(ComparisonOperator.Greater, A, C), B, C));

        Assert.Equal("!(a < b) || b == c ? a : (a > c ? b : c)", Print(conditional));
        Assert.Equal(
            "Math.Log(a, 2.0) + Math.ScaleB(b, -1)",
            Print(new Binary(ArithmeticOperator.Add, new Call(MathFunction.LogWithBase, A, new Constant(2)), new ScaleB(B, -1)))
        );
    }

    [Fact]
    public void A_block_body_prints_its_statements_and_blocks()
    {
        var program = RandomProgram.WithBlockBody(
            2,
            ImmutableArray.Create<Statement>(
                new Declare("v0", new Binary(ArithmeticOperator.Multiply, A, B)),
                new If(
                    new Comparison(ComparisonOperator.Greater, new Variable("v0"), new Constant(1)),
                    ImmutableArray.Create<Statement>(new Return(A)),
                    ImmutableArray.Create<Statement>(
                        new Assign("b", AssignmentOperator.DivideAssign, A),
                        new Step("v0", IsIncrement: false)
                    )
                ),
                new Return(new Variable("v0"))
            )
        );

        Assert.Equal(
            """
            [Differentiable]
            public static double F(double a, double b)
            {
                double v0 = a * b;
                if (v0 > 1.0)
                {
                    return a;
                }
                else
                {
                    b /= a;
                    v0--;
                }
                return v0;
            }

            """.ReplaceLineEndings("\n"),
            program.ToString().ReplaceLineEndings("\n")
        );
    }

    [Fact]
    public void Loops_print_with_their_parameters_and_the_harness_that_calls_them()
    {
        var source = HandWorkedLoops.Program.ToSource("Case0").ReplaceLineEndings("\n");

        Assert.Equal(
            """
            [Differentiable]
            public static double F(double a, double[] xs, int n)
            {
                double s = 0.0;
                double p = 1.0;
                for (int i = 0; i < n; i++)
                {
                    s += a * (double)i;
                    p = p * a + 1.0;
                    if (p > 10.0)
                    {
                        break;
                    }
                }
                foreach (double x in xs)
                {
                    if (x < 0.0)
                    {
                        continue;
                    }
                    s += x * x;
                }
                double k2 = 0.0;
                do
                {
                    k2++;
                    s *= 0.5;
                } while (k2 < 2);
                return s + p;
            }

            """.ReplaceLineEndings("\n"),
            HandWorkedLoops.Program.ToString().ReplaceLineEndings("\n")
        );
        Assert.Contains(
            "public static double Call(double[] point) => F(point[0], new double[] { point[1], point[2], point[3] }, 4);",
            source
        );
        Assert.Contains(
            "public static double CallGradient(double[] point, double[] gradient) => "
                + "FGradient(point[0], new double[] { point[1], point[2], point[3] }, 4, out gradient[0], new Span<double>(gradient, 1, 3));",
            source
        );
    }

    [Fact]
    public void A_span_parameter_is_passed_as_a_span_over_the_point()
    {
        var program = RandomProgram.WithExpressionBody(1, A) with { Sequence = new Sequence(IsSpan: true, Length: 2) };

        Assert.Contains("public static double F(double a, ReadOnlySpan<double> xs) => a;", program.ToString());
        Assert.Contains("F(point[0], new ReadOnlySpan<double>(point, 1, 2))", program.ToSource("Case0"));
        Assert.Equal(
            "(double)i * -((double)n)",
            Print(new Binary(ArithmeticOperator.Multiply, new IntegerValue("i"), new Negate(new IntegerValue("n"))))
        );
    }

    private static Binary Minus(Expr left, Expr right) => new(ArithmeticOperator.Subtract, left, right);

    private static string Print(Expr expression) => CSharpPrinter.Expression(expression);
}
