using System.Collections.Generic;
using System.Linq;
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

    public static bool Applies(FunctionBody body) => Expressions(body.Segments).Append(body.Result).Any(HasKink);

    private static IEnumerable<Expr> Expressions(IEnumerable<Segment> segments) =>
        segments.SelectMany(segment =>
            segment switch
            {
                StraightSegment straight => straight.Locals.Select(local => local.Value),
                LoopSegment loop => Expressions(loop.Body),
                _ => Enumerable.Empty<Expr>(),
            }
        );

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
        || ExprRewriter.Children(expression).Any(HasKink);
}
