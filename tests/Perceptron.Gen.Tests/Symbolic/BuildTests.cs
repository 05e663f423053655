using Perceptron.Gen.Generator.Emitting;
using Perceptron.Gen.Generator.Symbolic;
using Xunit;

namespace Perceptron.Gen.Tests.Symbolic;

/// <summary>The simplifications applied while derivative expressions are built, each on a hand-built expression.</summary>
public class BuildTests
{
    private static readonly Variable X = new("x");
    private static readonly Variable Y = new("y");

    private static string Text(Expr expression) => CSharpExpressionPrinter.Print(expression, name => name);

    [Fact]
    public void Adding_zero_and_multiplying_by_one_leave_the_other_operand()
    {
        Assert.Equal(X, Build.Add(Constant.Zero, X));
        Assert.Equal(X, Build.Add(X, Constant.Zero));
        Assert.Equal(X, Build.Multiply(Constant.One, X));
        Assert.Equal(X, Build.Multiply(X, Constant.One));
        Assert.Equal(X, Build.Divide(X, Constant.One));
    }

    [Fact]
    public void A_structural_zero_factor_makes_the_product_zero()
    {
        Assert.Equal(Constant.Zero, Build.Multiply(Constant.Zero, new Binary(BinaryOperator.Divide, X, Constant.Zero)));
    }

    [Fact]
    public void Constants_fold()
    {
        Assert.Equal(new Constant(5), Build.Add(new Constant(2), new Constant(3)));
        Assert.Equal(new Constant(6), Build.Multiply(new Constant(2), new Constant(3)));
        Assert.Equal(new Constant(8), Build.Power(new Constant(2), 3));
    }

    [Fact]
    public void Like_terms_are_collected_whatever_the_order_of_their_factors()
    {
        Assert.Equal("2.0 * x", Text(Build.Add(X, X)));
        Assert.Equal("2.0 * x * y", Text(Build.Add(Build.Multiply(X, Y), Build.Multiply(Y, X))));
    }

    [Fact]
    public void A_term_already_in_product_order_is_kept_and_any_other_is_rebuilt_in_order()
    {
        var sum = new Binary(BinaryOperator.Add, X, Y);
        var ordered = new Binary(BinaryOperator.Multiply, new Binary(BinaryOperator.Multiply, sum, X), Y);
        var variablesFirst = new Binary(BinaryOperator.Multiply, X, sum);
        var groupedRight = new Binary(BinaryOperator.Multiply, sum, new Binary(BinaryOperator.Multiply, X, Y));
        var withConstant = new Binary(BinaryOperator.Multiply, new Binary(BinaryOperator.Multiply, sum, new Constant(1)), X);

        // Kept as the same node: the sum splits every term again whenever one joins it.
        Assert.Same(ordered, Build.SplitCoefficient(ordered).Term);
        Assert.Same(X, Build.SplitCoefficient(X).Term);

        // Compound factors go first and products group from the left; a unit factor is dropped.
        Assert.Equal("(x + y) * x", Text(Build.SplitCoefficient(variablesFirst).Term));
        Assert.Equal(ordered, Build.SplitCoefficient(groupedRight).Term);
        Assert.NotSame(groupedRight, Build.SplitCoefficient(groupedRight).Term);
        Assert.Equal((1.0, new Binary(BinaryOperator.Multiply, sum, X)), Build.SplitCoefficient(withConstant));
    }

    [Fact]
    public void Constant_factors_move_to_the_front_and_multiply()
    {
        var expression = Build.Multiply(Build.Multiply(X, new Constant(2)), Build.Multiply(new Constant(3), Y));
        Assert.Equal("6.0 * x * y", Text(expression));
        Assert.Equal((6.0, Build.Multiply(X, Y)), Build.SplitCoefficient(expression));
    }

    [Fact]
    public void Division_by_a_power_of_two_becomes_an_exact_multiplication_and_others_stay()
    {
        Assert.Equal("0.5 * x", Text(Build.Divide(X, new Constant(2))));
        Assert.Equal("x / 3.0", Text(Build.Divide(X, new Constant(3))));
    }

    [Fact]
    public void Negation_is_folded_into_constants_and_differences()
    {
        Assert.Equal(X, Build.Negate(Build.Negate(X)));
        Assert.Equal("y - x", Text(Build.Negate(new Binary(BinaryOperator.Subtract, X, Y))));
        Assert.Equal("x - 2.0 * y", Text(Build.Add(X, Build.Multiply(new Constant(-2), Y))));
    }

    [Fact]
    public void Powers_of_zero_and_one_disappear()
    {
        Assert.Equal(Constant.One, Build.Power(X, 0));
        Assert.Equal(X, Build.Power(X, 1));
    }
}
