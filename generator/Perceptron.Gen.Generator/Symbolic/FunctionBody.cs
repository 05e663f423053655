using Perceptron.Gen.Generator.Model;

namespace Perceptron.Gen.Generator.Symbolic;

/// <summary>A stretch of a method body: straight-line assignments, or a loop.</summary>
internal abstract record Segment;

/// <summary>Assignments in single-assignment form, branches already folded into <c>?:</c> values.</summary>
internal sealed record StraightSegment(EquatableArray<Assignment> Locals) : Segment;

/// <summary>
/// A double variable that a loop carries from one iteration to the next: it enters as <paramref name="Entry"/>, is
/// read in the body as the mutable <paramref name="Current"/>, and the body's last value for it is <paramref name="Next"/>.
/// After the loop <paramref name="Current"/> holds its final value.
/// </summary>
internal sealed record CarriedVariable(string Entry, string Current, string Next);

/// <summary>
/// <c>for (int Index = From; Index &lt; To; Index++)</c> with a body of segments (loops nest), and the variables it carries.
/// <c>foreach</c> over an array parameter is read as this loop over its indices; <c>while</c> and <c>do</c> as a loop
/// without a bound, counting its iterations in <paramref name="Index"/>.
/// </summary>
/// <param name="Index">The loop index, or the iteration counter of a loop without one.</param>
/// <param name="From">The first index.</param>
/// <param name="To">The end of the indices (exclusive), or null for a <c>while</c> or <c>do</c> loop.</param>
/// <param name="RunWhile">A <c>while</c> loop's test, over the carried variables, checked before each iteration.</param>
/// <param name="ExitAfter">Checked after each iteration: a <c>break</c>'s test, or a <c>do</c> loop's test negated.</param>
/// <param name="Carried">The double variables the body assigns.</param>
/// <param name="Body">The body.</param>
/// <param name="Guard">
/// Where the loop runs at all: the test of the branch it is in, and that no earlier return was taken; null where it always
/// runs. Elsewhere it runs no iteration, so it computes nothing that the method would not (a division by zero, a
/// <c>while</c> that never ends) and passes its variables' adjoints through unchanged.
/// </param>
internal sealed record LoopSegment(
    string Index,
    IntExpr From,
    IntExpr? To,
    Condition? RunWhile,
    Condition? ExitAfter,
    EquatableArray<CarriedVariable> Carried,
    EquatableArray<Segment> Body,
    Condition? Guard = null
) : Segment;

/// <summary>A method body: its segments in order, then the returned expression.</summary>
internal sealed record FunctionBody(EquatableArray<Segment> Segments, Expr Result)
{
    /// <summary>Whether the body is one straight stretch over scalars, which the symbolic emitter writes as formulas.</summary>
    public bool IsStraightLine => Segments.Count <= 1 && (Segments.Count == 0 || Segments[0] is StraightSegment);

    public StraightLineFunction AsStraightLine() =>
        new(Segments.Count == 0 ? EquatableArray<Assignment>.Empty : ((StraightSegment)Segments[0]).Locals, Result);
}
