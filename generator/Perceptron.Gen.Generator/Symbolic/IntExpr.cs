namespace Perceptron.Gen.Generator.Symbolic;

/// <summary>
/// An integer: a loop index, a trip count, an array index. Integers select and count; they are never differentiated.
/// </summary>
internal abstract record IntExpr;

/// <summary>An integer known at compile time.</summary>
internal sealed record IntConstant(int Value) : IntExpr;

/// <summary>An <c>int</c> parameter or loop index, by name.</summary>
internal sealed record IntVariable(string Name) : IntExpr;

/// <summary><c>array.Length</c> of an array or span parameter.</summary>
internal sealed record ArrayLength(string Array) : IntExpr;

/// <summary>The integer operators C# code uses in indices: <c>+ - * / %</c>.</summary>
internal enum IntOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Remainder,
}

/// <summary>An integer operation, with C#'s integer semantics (division truncates).</summary>
internal sealed record IntBinary(IntOperator Operator, IntExpr Left, IntExpr Right) : IntExpr;

/// <summary><c>-operand</c>, as in <c>Math.Pow(1 + r, -months)</c>.</summary>
internal sealed record IntNegate(IntExpr Operand) : IntExpr;

/// <summary>A comparison of two integers, as the test of a branch.</summary>
internal sealed record IntComparison(ComparisonOperator Operator, IntExpr Left, IntExpr Right) : Condition
{
    public override int Size => 3;
}
