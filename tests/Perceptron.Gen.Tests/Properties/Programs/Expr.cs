using System.Collections.Immutable;

namespace Perceptron.Gen.Tests.Properties.Programs;

/// <summary>
/// An expression of a random test program. These records are the tests' own model of C#, independent of the generator's:
/// they are printed as source for the generator and interpreted directly by the oracles.
/// </summary>
public abstract record Expr;

/// <summary>A parameter or a local, by name.</summary>
public sealed record Variable(string Name) : Expr;

/// <summary>A number: a <c>double</c> literal, or an <c>int</c> literal where the compiler converts it to double.</summary>
public sealed record Constant(double Value, bool WrittenAsInteger = false) : Expr;

/// <summary>Unary minus.</summary>
public sealed record Negate(Expr Operand) : Expr;

/// <summary>The four arithmetic operators.</summary>
public enum ArithmeticOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
}

/// <summary><c>Left op Right</c>.</summary>
public sealed record Binary(ArithmeticOperator Operator, Expr Left, Expr Right) : Expr;

/// <summary>A call of a double-valued <c>System.Math</c> function on double arguments.</summary>
public sealed record Call(MathFunction Function, ImmutableArray<Expr> Arguments) : Expr
{
    public Call(MathFunction function, params Expr[] arguments)
        : this(function, ImmutableArray.Create(arguments)) { }
}

/// <summary><c>Math.ScaleB(Value, Exponent)</c>: the exponent is an <c>int</c> literal, as the generator requires.</summary>
public sealed record ScaleB(Expr Value, int Exponent) : Expr;

/// <summary><c>Test ? WhenTrue : WhenFalse</c>.</summary>
public sealed record Conditional(Condition Test, Expr WhenTrue, Expr WhenFalse) : Expr;

/// <summary>
/// An <c>int</c> read as a double, <c>(double)Name</c>: a loop index or the int parameter. The cast is always written, so
/// no operator of the expression around it ever works on ints.
/// </summary>
public sealed record IntegerValue(string Name) : Expr;

/// <summary>
/// <c>xs[Index]</c>, or <c>xs[xs.Length - 1 - Index]</c> when <see cref="FromEnd"/>: an element of the array or span
/// parameter, at a loop index running over <c>xs.Length</c>, or at a constant position (written as its digits) where a
/// reduced program unrolled such a loop.
/// </summary>
public sealed record Element(string Index, bool FromEnd = false) : Expr;
