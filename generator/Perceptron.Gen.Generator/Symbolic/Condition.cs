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
    private readonly int hash = StructuralHash.Combine(StructuralHash.Combine((int)Operator + 13, Left.GetHashCode()), Right.GetHashCode());

    public override int GetHashCode() => hash;

    public bool Equals(Comparison? other) =>
        ReferenceEquals(this, other)
        || other is not null && hash == other.hash && Operator == other.Operator && Left.Equals(other.Left) && Right.Equals(other.Right);

    public override int Size { get; } = 1 + Left.Size + Right.Size;
}

/// <summary><c>&amp;&amp;</c> or <c>||</c>, short-circuiting as in C#.</summary>
internal sealed record Logical(bool IsAnd, Condition Left, Condition Right) : Condition
{
    private readonly int hash = StructuralHash.Combine(StructuralHash.Combine(IsAnd ? 23 : 29, Left.GetHashCode()), Right.GetHashCode());

    public override int GetHashCode() => hash;

    public bool Equals(Logical? other) =>
        ReferenceEquals(this, other)
        || other is not null && hash == other.hash && IsAnd == other.IsAnd && Left.Equals(other.Left) && Right.Equals(other.Right);

    public override int Size { get; } = 1 + Left.Size + Right.Size;
}

/// <summary><c>!Operand</c>.</summary>
internal sealed record Not(Condition Operand) : Condition
{
    private readonly int hash = StructuralHash.Combine(31, Operand.GetHashCode());

    public override int GetHashCode() => hash;

    public bool Equals(Not? other) =>
        ReferenceEquals(this, other) || other is not null && hash == other.hash && Operand.Equals(other.Operand);

    public override int Size { get; } = 1 + Operand.Size;
}

/// <summary><c>true</c> or <c>false</c>.</summary>
internal sealed record Truth(bool Value) : Condition
{
    public static readonly Truth True = new(true);
    public static readonly Truth False = new(false);

    public override int Size => 1;
}
