namespace Perceptron.Gen.Tests.Properties.Programs;

/// <summary>A boolean test of an <c>if</c> or a <c>?:</c> in a random program.</summary>
public abstract record Condition;

/// <summary>The six comparison operators on doubles.</summary>
public enum ComparisonOperator
{
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
}

/// <summary><c>Left op Right</c>.</summary>
public sealed record Comparison(ComparisonOperator Operator, Expr Left, Expr Right) : Condition;

/// <summary><c>&amp;&amp;</c> or <c>||</c>, short-circuiting as in C#.</summary>
public sealed record Logical(bool IsAnd, Condition Left, Condition Right) : Condition;

/// <summary><c>!Operand</c>.</summary>
public sealed record Not(Condition Operand) : Condition;
