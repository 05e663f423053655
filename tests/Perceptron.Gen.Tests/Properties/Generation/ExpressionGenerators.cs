using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Perceptron.Gen.Tests.Properties.Programs;

namespace Perceptron.Gen.Tests.Properties.Generation;

// Imported inside the namespace, so that CsCheck's Gen is found before the namespace Perceptron.Gen.
using CsCheck;

/// <summary>
/// CsCheck generators of expressions and conditions over the names in scope. Functions with a restricted domain are
/// only generated in shapes that keep their argument inside it (<c>Log(Cosh(u))</c>, <c>Asin(0.9·Tanh(u))</c>,
/// <c>u &gt; 0.1 ? Log(u) : …</c>), so most random points are fit to check. In every choice the simpler alternatives
/// come first, because CsCheck shrinks towards earlier choices.
/// </summary>
public sealed partial class ExpressionGenerators
{
    private static readonly Gen<Expr> NiceConstant = Gen.OneOf(1.0, 2.0, 0.5, 3.0, 1.5, 0.25, 10.0, -1.0, -2.5)
        .Select(value => (Expr)new Constant(value));

    /// <summary>Constants that keep a sum away from zero: <c>u·u + c</c>, <c>|u| + c</c>.</summary>
    private static readonly Gen<double> Offset = Gen.OneOf(1.0, 0.5, 2.0);

    public static readonly Gen<Expr> AnyConstant = Gen.Frequency(
        (3, NiceConstant),
        (1, Gen.Double[-3, 3].Select(value => (Expr)new Constant(Math.Round(value, 3) + 0.0)))
    );

    private readonly ImmutableArray<string> names;

    /// <summary>Leaves other than names: ints read as doubles and elements of <c>xs</c>, where a program with loops has them.</summary>
    private readonly ImmutableArray<Expr> otherLeaves;
    private readonly Dictionary<int, Gen<Expr>> expressions = new();
    private readonly Dictionary<int, Gen<Condition>> conditions = new();

    public ExpressionGenerators(ImmutableArray<string> names)
        : this(names, ImmutableArray<Expr>.Empty) { }

    public ExpressionGenerators(Scope scope)
        : this(scope.Names, scope.OtherLeaves) { }

    private ExpressionGenerators(ImmutableArray<string> names, ImmutableArray<Expr> otherLeaves)
    {
        this.names = names;
        this.otherLeaves = otherLeaves;
    }

    /// <summary>A variable in scope or a constant, or in a program with loops an index, <c>n</c> or an element of <c>xs</c>.</summary>
    public Gen<Expr> Leaf
    {
        get
        {
            var variable = Gen.OneOf(names.ToArray()).Select(name => (Expr)new Variable(name));
            return otherLeaves.IsEmpty
                ? Gen.Frequency((3, variable), (1, AnyConstant))
                : Gen.Frequency((3, variable), (1, AnyConstant), (2, Gen.OneOf(otherLeaves.ToArray())));
        }
    }

    /// <summary>Expressions nested at most <paramref name="depth"/> operations deep.</summary>
    public Gen<Expr> Expression(int depth)
    {
        if (depth == 0)
        {
            return Leaf;
        }

        if (expressions.TryGetValue(depth, out var cached))
        {
            return cached;
        }

        var operand = Expression(depth - 1);
        var generator = Gen.Frequency(
            (3, Leaf),
            (5, Arithmetic(operand)),
            (1, operand.Select(value => (Expr)new Negate(value))),
            (5, SmoothFunction(operand)),
            (2, KinkOrJump(operand, Leaf)),
            (1, Gen.Select(Condition(depth - 1), operand, operand, (test, yes, no) => (Expr)new Conditional(test, yes, no))),
            (1, GuardedDomain(operand))
        );
        expressions[depth] = generator;
        return generator;
    }

    /// <summary>A right-hand side for <c>/=</c>: anything, or a positive expression.</summary>
    public Gen<Expr> Denominator(int depth) => Gen.Frequency((1, Expression(depth)), (1, Positive(Expression(depth - 1))));

    /// <summary>Comparisons, combined with <c>&amp;&amp;</c>, <c>||</c> and <c>!</c> up to <paramref name="depth"/> levels.</summary>
    public Gen<Condition> Condition(int depth)
    {
        if (conditions.TryGetValue(depth, out var cached))
        {
            return cached;
        }

        var operand = Expression(Math.Max(depth - 1, 0));
        var comparison = Gen.Select(Gen.Enum<ComparisonOperator>(), operand, operand, (op, left, right) =>
            (Condition)new Comparison(op, left, right)
        );
        if (depth == 0)
        {
            return comparison;
        }

        var inner = Condition(depth - 1);
        var generator = Gen.Frequency(
            (4, comparison),
            (1, Gen.Select(Gen.Bool, inner, inner, (isAnd, left, right) => (Condition)new Logical(isAnd, left, right))),
            (1, inner.Select(operandCondition => (Condition)new Not(operandCondition)))
        );
        conditions[depth] = generator;
        return generator;
    }

    /// <summary>
    /// The four operators; a division by anything (near-zero denominators make the point unfit), or by a positive
    /// expression; and the same subexpression twice, which the generator computes once. An integral constant on the right
    /// is sometimes written as an <c>int</c> literal, which the compiler converts — never both operands, which would
    /// divide as integers.
    /// </summary>
    private static Gen<Expr> Arithmetic(Gen<Expr> operand) =>
        Gen.Frequency(
            (
                6,
                Gen.Select(
                    Gen.OneOf(ArithmeticOperator.Add, ArithmeticOperator.Subtract, ArithmeticOperator.Multiply),
                    operand,
                    operand,
                    Gen.Bool,
                    (op, left, right, asInteger) => (Expr)new Binary(op, left, WrittenAsInteger(left, right, asInteger))
                )
            ),
            (1, Gen.Select(Gen.Enum<ArithmeticOperator>(), operand, (op, twice) => (Expr)new Binary(op, twice, twice))),
            (
                1,
                Gen.Select(operand, operand, Gen.Bool, (left, right, asInteger) =>
                    (Expr)new Binary(ArithmeticOperator.Divide, left, WrittenAsInteger(left, right, asInteger))
                )
            ),
            (2, Gen.Select(operand, Positive(operand), (left, right) => (Expr)new Binary(ArithmeticOperator.Divide, left, right)))
        );

    private static Expr WrittenAsInteger(Expr left, Expr right, bool asInteger) =>
        asInteger && left is not Constant && right is Constant { Value: var value } && Math.Abs(value) < 1000 && Math.Floor(value) == value
            ? new Constant(value, WrittenAsInteger: true)
            : right;

    /// <summary>
    /// A positive expression, at least 0.37, so logarithms, roots and fractional powers of it are defined: <c>u·u + c</c>
    /// when u is a name or a number (a larger u would be written out twice), else <c>Exp(Sin(u))</c>, <c>Cosh(u)</c> or
    /// <c>Abs(u) + c</c>.
    /// </summary>
    private static Gen<Expr> Positive(Gen<Expr> operand) =>
        Gen.Select(operand, Gen.Int[0, 3], Offset, (value, shape, offset) => shape switch
            {
                0 when value is Variable or Constant => Plus(Square(value), offset),
                0 or 1 => new Call(MathFunction.Exp, new Call(MathFunction.Sin, value)),
                2 => new Call(MathFunction.Cosh, value),
                _ => Plus(new Call(MathFunction.Abs, value), offset),
            });

    private static Expr Square(Expr value) => new Binary(ArithmeticOperator.Multiply, value, value);

    private static Expr Plus(Expr value, double offset) => new Binary(ArithmeticOperator.Add, value, new Constant(offset));

    private static Expr Times(double factor, Expr value) => new Binary(ArithmeticOperator.Multiply, new Constant(factor), value);

    private static Gen<Expr> Apply(Gen<Expr> argument, MathFunction function) => argument.Select(value => (Expr)new Call(function, value));

    private static Gen<Expr> Apply(Gen<Expr> argument, Func<Expr, Expr> shape) => argument.Select(shape);
}
