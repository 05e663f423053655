using System.Globalization;
using System.Threading;
using Perceptron.Gen.Generator.Emitting;
using Perceptron.Gen.Generator.Symbolic;
using Xunit;

namespace Perceptron.Gen.Tests.Symbolic;

/// <summary>Printing keeps the user's grouping, writes numbers that read back exactly, and reads as math in comments.</summary>
public class PrinterTests
{
    private static readonly Variable A = new("a");
    private static readonly Variable B = new("b");
    private static readonly Variable C = new("c");

    private static string Code(Expr expression) => CSharpExpressionPrinter.Print(expression, name => name);

    private static string MathText(Expr expression) => MathNotationPrinter.Print(expression, name => name);

    [Fact]
    public void Right_operands_of_equal_precedence_keep_their_parentheses()
    {
        Assert.Equal("a - (b - c)", Code(new Binary(BinaryOperator.Subtract, A, new Binary(BinaryOperator.Subtract, B, C))));
        Assert.Equal("a * (b * c)", Code(new Binary(BinaryOperator.Multiply, A, new Binary(BinaryOperator.Multiply, B, C))));
        Assert.Equal("a - b - c", Code(new Binary(BinaryOperator.Subtract, new Binary(BinaryOperator.Subtract, A, B), C)));
        Assert.Equal("(a + b) * c", Code(new Binary(BinaryOperator.Multiply, new Binary(BinaryOperator.Add, A, B), C)));
    }

    [Fact]
    public void A_minus_after_an_operator_is_parenthesised()
    {
        Assert.Equal("a - (-b)", Code(new Binary(BinaryOperator.Subtract, A, new Negate(B))));
        Assert.Equal("-(-a)", Code(new Negate(new Negate(A))));
        Assert.Equal("a * (-2.0)", Code(new Binary(BinaryOperator.Multiply, A, new Constant(-2))));
    }

    [Fact]
    public void Numbers_round_trip_and_ignore_the_current_culture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Equal("0.1", NumberFormat.CSharpLiteral(0.1));
            Assert.Equal("2.0", NumberFormat.CSharpLiteral(2));
            Assert.Equal("1E-300", NumberFormat.CSharpLiteral(1e-300));
            Assert.Equal(0.1 + 0.2, double.Parse(NumberFormat.CSharpLiteral(0.1 + 0.2), CultureInfo.InvariantCulture));
            Assert.Equal("double.NaN", NumberFormat.CSharpLiteral(double.NaN));
            Assert.Equal("double.PositiveInfinity", NumberFormat.CSharpLiteral(double.PositiveInfinity));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Math_notation_uses_middle_dots_true_minus_signs_squares_and_superscripts()
    {
        var error = new Binary(BinaryOperator.Subtract, A, B);
        Assert.Equal("(a − b)²", MathText(new Binary(BinaryOperator.Multiply, error, error)));
        Assert.Equal("2·a·b", MathText(new Binary(BinaryOperator.Multiply, new Binary(BinaryOperator.Multiply, new Constant(2), A), B)));
        Assert.Equal("a³", MathText(new Power(A, 3)));
        Assert.Equal("a⁻²", MathText(new Power(A, -2)));
        Assert.Equal("a^0.5", MathText(new Power(A, 0.5)));
        Assert.Equal("−2·a", MathText(new Negate(new Binary(BinaryOperator.Multiply, new Constant(2), A))));
    }
}
