namespace Perceptron.Gen.Generator.Symbolic;

/// <summary>A boolean test in a branch or a <c>?:</c>. It selects a path; it is never differentiated.</summary>
internal abstract record Condition
{
    public abstract int Size { get; }
}

/// <summary>The six comparison operators on doubles.</summary>
internal enum ComparisonOperator
{
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
}

/// <summary><c>Left op Right</c>.</summary>
internal sealed record Comparison(ComparisonOperator Operator, Expr Left, Expr Right) : Condition
{
    public override int Size { get; } = 1 + Left.Size + Right.Size;
}

/// <summary><c>&amp;&amp;</c> or <c>||</c>, short-circuiting as in C#.</summary>
internal sealed record Logical(bool IsAnd, Condition Left, Condition Right) : Condition
{
    public override int Size { get; } = 1 + Left.Size + Right.Size;
}

/// <summary><c>!Operand</c>.</summary>
internal sealed record Not(Condition Operand) : Condition
{
    public override int Size { get; } = 1 + Operand.Size;
}

/// <summary><c>true</c> or <c>false</c>.</summary>
internal sealed record Truth(bool Value) : Condition
{
    public static readonly Truth True = new(true);
    public static readonly Truth False = new(false);

    public override int Size => 1;
}
