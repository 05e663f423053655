using System.Collections.Immutable;

namespace Perceptron.Gen.Tests.Properties.Programs;

/// <summary>Where the indices of a <see cref="For"/> loop end.</summary>
public enum BoundKind
{
    /// <summary>An <c>int</c> literal.</summary>
    Constant,

    /// <summary>The int parameter <see cref="RandomProgram.CountName"/>.</summary>
    Count,

    /// <summary>The length of the array or span parameter, <c>xs.Length</c>.</summary>
    Length,

    /// <summary>The index of an enclosing loop, <see cref="LoopBound.Index"/>: a triangular loop.</summary>
    Index,
}

/// <summary>
/// The end of a <see cref="For"/> loop's indices: a constant (<see cref="Value"/>), <c>n</c>, <c>xs.Length</c> or the index
/// of an enclosing loop (<see cref="Index"/>).
/// </summary>
public sealed record LoopBound(BoundKind Kind, int Value = 0, string? Index = null)
{
    public static LoopBound OuterIndex(string index) => new(BoundKind.Index, Index: index);

    public static LoopBound Constant(int value) => new(BoundKind.Constant, value);

    public static readonly LoopBound Count = new(BoundKind.Count);

    public static readonly LoopBound Length = new(BoundKind.Length);
}

/// <summary>
/// <c>for (int Index = Start; Index &lt; End; Index++) { Body }</c>, or <c>Index &lt;= End</c> when
/// <see cref="Inclusive"/>: the only <c>for</c> the generator reads. The index is an int, read in the body as
/// <see cref="IntegerValue"/>, and as the position of <see cref="Element"/> when the loop runs over <c>xs.Length</c>.
/// </summary>
public sealed record For(string Index, int Start, LoopBound End, bool Inclusive, ImmutableArray<Statement> Body) : Statement;

/// <summary><c>foreach (double Item in xs) { Body }</c> over the array or span parameter; <c>var</c> when <see cref="IsVar"/>.</summary>
public sealed record ForEach(string Item, bool IsVar, ImmutableArray<Statement> Body) : Statement;

/// <summary>
/// A <c>while</c> loop, or a <c>do</c> loop when <see cref="TestAtBottom"/>, counting its iterations in a double local of its
/// own (the generator keeps int locals constant, so a counter is a double):
/// <code>
/// double Counter = 0.0;
/// while (Counter &lt; Count &amp;&amp; AlsoWhile)
/// {
///     Counter++;
///     Body
/// }
/// </code>
/// The counter is stepped first, so a <c>continue</c> in the body cannot skip it and every loop ends. The counter stays in
/// scope after the loop, as any local declared before it would.
/// </summary>
public sealed record While(string Counter, int Count, Condition? AlsoWhile, bool TestAtBottom, ImmutableArray<Statement> Body) : Statement
{
    /// <summary>The loop's test: <c>Counter &lt; Count</c>, and <see cref="AlsoWhile"/> if there is one.</summary>
    public Condition Test
    {
        get
        {
            var counted = new Comparison(ComparisonOperator.Less, new Variable(Counter), new Constant(Count, WrittenAsInteger: true));
            return AlsoWhile is null ? counted : new Logical(true, counted, AlsoWhile);
        }
    }
}

/// <summary>
/// <c>if (Test) { Before; break; }</c>, or <c>continue</c> unless <see cref="IsBreak"/>: the forms of jump the generator
/// reads, with no <c>else</c>. Only in a loop body, where it leaves or ends the innermost loop.
/// </summary>
public sealed record Jump(Condition Test, ImmutableArray<Statement> Before, bool IsBreak) : Statement;
