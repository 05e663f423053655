using System.Collections.Generic;
using System.Linq;
using Perceptron.Gen.Generator.Model;

namespace Perceptron.Gen.Generator.Symbolic;

/// <summary>
/// Gives a name to every large subexpression, innermost first, so that no partial derivative repeats a long piece of
/// the forward computation: the derivative of <c>sin(sin(…sin(x)…))</c> then grows linearly with its depth instead of
/// quadratically. Ordinary expressions stay as written; only those beyond <see cref="SizeLimit"/> nodes are split.
/// </summary>
internal static class LargeOperandLifting
{
    /// <summary>Subexpressions larger than this get a local of their own.</summary>
    public const int SizeLimit = 24;

    public static FunctionBody Lift(FunctionBody body, NameScope names)
    {
        var segments = body.Segments.Select(segment => LiftSegment(segment, names)).ToList();
        var resultLocals = new List<Assignment>();
        var result = LiftExpression(body.Result, names, resultLocals, guard: null);
        if (resultLocals.Count > 0)
        {
            segments.Add(new StraightSegment(resultLocals.ToEquatableArray()));
        }

        return new FunctionBody(Merge(segments).ToEquatableArray(), result);
    }

    private static Segment LiftSegment(Segment segment, NameScope names)
    {
        switch (segment)
        {
            case StraightSegment straight:
                var locals = new List<Assignment>();
                foreach (var local in straight.Locals)
                {
                    var value = local.Value is UserCall ? local.Value : LiftExpression(local.Value, names, locals, local.Guard);
                    locals.Add(local with { Value = value });
                }

                return new StraightSegment(locals.ToEquatableArray());
            case LoopSegment loop:
                return loop with { Body = Merge(loop.Body.Select(inner => LiftSegment(inner, names))).ToEquatableArray() };
            default:
                return segment;
        }
    }

    /// <summary>Lifts, bottom-up, each operand that has grown past the limit; branches of <c>?:</c> are left whole.</summary>
    private static Expr LiftExpression(Expr expression, NameScope names, List<Assignment> locals, Condition? guard)
    {
        if (expression.Size <= SizeLimit)
        {
            return expression;
        }

        Expr Lift(Expr operand)
        {
            var lifted = LiftExpression(operand, names, locals, guard);
            if (lifted.Size <= 2 || lifted is Conditional)
            {
                return lifted;
            }

            var name = names.Unique(NameFor(lifted));
            locals.Add(new Assignment(name, lifted, name, guard));
            return new Variable(name);
        }

        return expression switch
        {
            Binary binary => new Binary(binary.Operator, Lift(binary.Left), Lift(binary.Right)),
            Negate negate => new Negate(Lift(negate.Operand)),
            Power power => new Power(Lift(power.Base), power.Exponent),
            Call call => new Call(call.Function, call.Arguments.Select(Lift).ToEquatableArray()),
            _ => expression,
        };
    }

    /// <summary>Consecutive straight segments become one, as the emitters expect.</summary>
    private static IEnumerable<Segment> Merge(IEnumerable<Segment> segments)
    {
        StraightSegment? pending = null;
        foreach (var segment in segments)
        {
            if (segment is StraightSegment straight)
            {
                pending = pending is null ? straight : new StraightSegment(pending.Locals.Concat(straight.Locals).ToEquatableArray());
                continue;
            }

            if (pending is not null)
            {
                yield return pending;
                pending = null;
            }

            yield return segment;
        }

        if (pending is not null)
        {
            yield return pending;
        }
    }

    private static string NameFor(Expr expression) =>
        expression switch
        {
            Call call => call.Function.ToString().ToLowerInvariant(),
            Binary { Operator: BinaryOperator.Add } => "sum",
            Binary { Operator: BinaryOperator.Subtract } => "difference",
            Binary { Operator: BinaryOperator.Multiply } => "product",
            Binary { Operator: BinaryOperator.Divide } => "quotient",
            Power => "power",
            _ => "part",
        };
}
