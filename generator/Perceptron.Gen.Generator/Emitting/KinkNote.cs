using System.Collections.Generic;
using System.Linq;
using Perceptron.Gen.Generator.Model;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>
/// The sentence a generated doc comment carries when the method uses a function with kinks or jumps, stating the rule
/// applied there, as the README does.
/// </summary>
internal static class KinkNote
{
    public const string Text =
        "Where a function used here has no derivative (Abs at 0, a Max or Min tie, the bounds of Clamp, the jumps of Sign, Floor, "
        + "Ceiling, Round and Truncate), the minimum-norm subgradient is used, function by function: Abs′(0) = 0, Max(x, c)′ = 0 at "
        + "x = c for a constant c, and a tie of two variables splits the gradient evenly.";

    // Plain loops rather than LINQ: every marked method's body is searched, and iterators allocate at every node.
    public static bool Applies(FunctionBody body) => AnyHasKink(body.Segments) || HasKink(body.Result);

    private static bool AnyHasKink(EquatableArray<Segment> segments)
    {
        foreach (var segment in segments)
        {
            switch (segment)
            {
                case StraightSegment straight:
                    foreach (var local in straight.Locals)
                    {
                        if (HasKink(local.Value))
                        {
                            return true;
                        }
                    }

                    break;
                case LoopSegment loop when AnyHasKink(loop.Body):
                    return true;
            }
        }

        return false;
    }

    private static bool HasKink(Expr expression) =>
        expression
            is Call
            {
                Function: MathFunction.Abs
                    or MathFunction.Max
                    or MathFunction.Min
                    or MathFunction.Clamp
                    or MathFunction.Sign
                    or MathFunction.Floor
                    or MathFunction.Ceiling
                    or MathFunction.Round
                    or MathFunction.Truncate,
            }
        || expression switch
        {
            Constant or Variable => false,
            Negate negate => HasKink(negate.Operand),
            Binary binary => HasKink(binary.Left) || HasKink(binary.Right),
            _ => ExprRewriter.Children(expression).Any(HasKink),
        };
}
