using System;

namespace Perceptron.Gen.Generator.Symbolic;

/// <summary>
/// A node of the immutable, value-equal expression graph that the generator differentiates. Forward code is read into
/// these nodes exactly as the user wrote it; derivative code is built from them by <see cref="Build"/>, which simplifies.
/// </summary>
/// <remarks>
/// Nodes are made by their constructors only, never with <c>with</c>, which would copy the original's <see cref="Size"/>
/// and cached hash. The hash is cached because common-subexpression search hashes every subtree of a method, and a
/// record's own hash would walk the whole subtree each time.
/// </remarks>
internal abstract record Expr
{
    /// <summary>How many nodes the expression holds; used to decide what is small enough to repeat.</summary>
    public abstract int Size { get; }
}

/// <summary>A number known at compile time (the compiler's constant value: <c>-1 / 5</c> is 0).</summary>
internal sealed record Constant(double Value) : Expr
{
    public static readonly Constant Zero = new(0.0);
    public static readonly Constant One = new(1.0);

    public override int Size => 1;

    public bool Is(double value) => Value.Equals(value);
}

/// <summary>A named value: a parameter, a local of the user's method, a temporary of the generator, or a data column.</summary>
internal sealed record Variable(string Name) : Expr
{
    public override int Size => 1;
}

/// <summary>Unary minus.</summary>
internal sealed record Negate(Expr Operand) : Expr
{
    private readonly int hash = StructuralHash.Combine(1, Operand.GetHashCode());

    public override int GetHashCode() => hash;

    public bool Equals(Negate? other) =>
        ReferenceEquals(this, other) || other is not null && hash == other.hash && Operand.Equals(other.Operand);

    public override int Size { get; } = 1 + Operand.Size;
}

/// <summary>The four arithmetic operators on doubles.</summary>
internal enum BinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
}

/// <summary>A binary arithmetic operation, kept with the user's own grouping so forward values round exactly as written.</summary>
internal sealed record Binary(BinaryOperator Operator, Expr Left, Expr Right) : Expr
{
    private readonly int hash = StructuralHash.Combine(StructuralHash.Combine((int)Operator + 2, Left.GetHashCode()), Right.GetHashCode());

    public override int GetHashCode() => hash;

    public bool Equals(Binary? other) =>
        ReferenceEquals(this, other)
        || other is not null && hash == other.hash && Operator == other.Operator && Left.Equals(other.Left) && Right.Equals(other.Right);

    public override int Size { get; } = 1 + Left.Size + Right.Size;
}

/// <summary><c>Math.Pow(Base, Exponent)</c> with an exponent fixed at compile time.</summary>
internal sealed record Power(Expr Base, double Exponent) : Expr
{
    private readonly int hash = StructuralHash.Combine(StructuralHash.Combine(3, Base.GetHashCode()), Exponent.GetHashCode());

    public override int GetHashCode() => hash;

    public bool Equals(Power? other) =>
        ReferenceEquals(this, other)
        || other is not null && hash == other.hash && Exponent.Equals(other.Exponent) && Base.Equals(other.Base);

    public override int Size { get; } = 2 + Base.Size;

    public bool HasIntegerExponent => Math.Abs(Exponent) < 1e15 && Math.Floor(Exponent) == Exponent;
}

/// <summary>A call of a <see cref="MathFunction"/> from <c>System.Math</c> (or <c>MathF</c>).</summary>
internal sealed record Call(MathFunction Function, Model.EquatableArray<Expr> Arguments) : Expr
{
    private readonly int hash = StructuralHash.Combine((int)Function + 11, Arguments.GetHashCode());

    public override int GetHashCode() => hash;

    public bool Equals(Call? other) =>
        ReferenceEquals(this, other)
        || other is not null && hash == other.hash && Function == other.Function && Arguments.Equals(other.Arguments);

    public override int Size { get; } = 1 + System.Linq.Enumerable.Sum(Arguments, argument => argument.Size);

    public Expr this[int index] => Arguments[index];
}

/// <summary><c>Test ? WhenTrue : WhenFalse</c>; only the branch taken is evaluated, and only it receives an adjoint.</summary>
internal sealed record Conditional(Condition Test, Expr WhenTrue, Expr WhenFalse) : Expr
{
    private readonly int hash = StructuralHash.Combine(
        StructuralHash.Combine(StructuralHash.Combine(5, Test.GetHashCode()), WhenTrue.GetHashCode()),
        WhenFalse.GetHashCode()
    );

    public override int GetHashCode() => hash;

    public bool Equals(Conditional? other) =>
        ReferenceEquals(this, other)
        || other is not null
            && hash == other.hash
            && Test.Equals(other.Test)
            && WhenTrue.Equals(other.WhenTrue)
            && WhenFalse.Equals(other.WhenFalse);

    public override int Size { get; } = 1 + Test.Size + WhenTrue.Size + WhenFalse.Size;
}

/// <summary>
/// <c>Guard == 0 ? 0 : Product</c>: a product of an adjoint with a partial that can be infinite, which must be 0 when
/// the adjoint is exactly 0. In formulas it reads as the product alone.
/// </summary>
internal sealed record GuardedProduct(Expr Guard, Expr Product) : Expr
{
    private readonly int hash = StructuralHash.Combine(StructuralHash.Combine(7, Guard.GetHashCode()), Product.GetHashCode());

    public override int GetHashCode() => hash;

    public bool Equals(GuardedProduct? other) =>
        ReferenceEquals(this, other)
        || other is not null && hash == other.hash && Guard.Equals(other.Guard) && Product.Equals(other.Product);

    public override int Size { get; } = 1 + Guard.Size + Product.Size;
}

/// <summary><c>Array[Index]</c>: an element of a <c>double[]</c> or span parameter.</summary>
internal sealed record Element(string Array, IntExpr Index) : Expr
{
    public override int Size => 2;
}

/// <summary>An integer used as a double, such as a count in a mean: a constant as far as derivatives go.</summary>
internal sealed record IntValue(IntExpr Value) : Expr
{
    public override int Size => 2;
}

/// <summary>
/// A call of another differentiable method (or one with a derivative supplied by <c>[DerivativeOf]</c>). The reader
/// gives every call a local of its own, <paramref name="ResultName"/>; the call computes the value and the partial
/// derivatives in one go, through the callee's gradient method.
/// </summary>
/// <param name="Method">The callee, fully qualified, for documentation.</param>
/// <param name="Gradient">The method that returns the callee's value and writes its partial derivatives.</param>
/// <param name="Arguments">The arguments in order; an <c>int</c> argument is an <see cref="IntValue"/>.</param>
/// <param name="PartialNames">For each argument, the name of the local receiving ∂callee/∂argument, or empty.</param>
/// <param name="ResultName">The local that holds the call's value.</param>
internal sealed record UserCall(
    string Method,
    string Gradient,
    Model.EquatableArray<Expr> Arguments,
    Model.EquatableArray<string> PartialNames,
    string ResultName
) : Expr
{
    public override int Size => 1 + System.Linq.Enumerable.Sum(Arguments, argument => argument.Size);
}
