using System.Collections.Generic;
using System.Linq;

namespace Perceptron.Gen.Generator.Symbolic;

/// <summary>What the backward sweep of a loop needs to keep.</summary>
internal static class LoopAnalysis
{
    /// <summary>
    /// Whether the backward sweep never needs the carried variable's value: it and everything computed from it only
    /// enter the body's arithmetic as a term of a sum (or a branch of a <c>?:</c>), as in <c>s += w * x[i]</c>. Such a
    /// variable's partial derivatives are constants, so no iteration's value has to be kept.
    /// </summary>
    public static bool IsRunningSum(LoopSegment loop, CarriedVariable carried)
    {
        var tainted = new HashSet<string> { carried.Current };
        return IsLinearAcrossIterations(loop, tainted, isReplayed: false);
    }

    /// <summary>
    /// Whether the loop's body is linear in <paramref name="tainted"/> in every iteration: a carried variable whose next
    /// value is computed from a tainted one is tainted from the next iteration on (<c>c += Math.Sin(b); b = c;</c> makes
    /// <c>b</c> depend on <c>c</c>, and then <c>Math.Sin(b)</c> is not linear in it), so the body is checked again until
    /// no carried variable is added.
    /// </summary>
    /// <param name="loop">The loop.</param>
    /// <param name="tainted">The variables computed from the one asked about; grows as the body is walked.</param>
    /// <param name="isReplayed">
    /// Whether the loop is inside the one asked about, whose backward pass runs it again, tests and all: then a test that
    /// reads a tainted variable needs its value in every iteration (a break that depends on a counter <c>k++</c>).
    /// </param>
    private static bool IsLinearAcrossIterations(LoopSegment loop, HashSet<string> tainted, bool isReplayed)
    {
        while (true)
        {
            if (!IsLinearThroughout(loop.Body, tainted))
            {
                return false;
            }

            if (isReplayed && (Reads(loop.RunWhile, tainted) || Reads(loop.ExitAfter, tainted)))
            {
                return false;
            }

            var taintedFromNextIteration = loop
                .Carried.Where(carried => tainted.Contains(carried.Next) && !tainted.Contains(carried.Current))
                .ToList();
            if (taintedFromNextIteration.Count == 0)
            {
                return true;
            }

            foreach (var carried in taintedFromNextIteration)
            {
                tainted.Add(carried.Current);
            }
        }
    }

    /// <summary>All variable names an expression reads.</summary>
    public static IEnumerable<string> VariablesOf(Expr expression) =>
        expression is Variable variable ? new[] { variable.Name } : ExprRewriter.Children(expression).SelectMany(VariablesOf);

    private static bool IsLinearThroughout(IEnumerable<Segment> segments, HashSet<string> tainted)
    {
        foreach (var segment in segments)
        {
            switch (segment)
            {
                case StraightSegment straight:
                    foreach (var local in straight.Locals)
                    {
                        // A local's guard decides whether it is computed, and whether its adjoint flows.
                        if (Reads(local.Guard, tainted))
                        {
                            return false;
                        }

                        if (!VariablesOf(local.Value).Any(tainted.Contains))
                        {
                            continue;
                        }

                        if (!IsLinearIn(local.Value, tainted))
                        {
                            return false;
                        }

                        tainted.Add(local.Name);
                    }

                    break;

                case LoopSegment inner:
                    if (Reads(inner.Guard, tainted))
                    {
                        return false;
                    }

                    foreach (var carried in inner.Carried.Where(carried => tainted.Contains(carried.Entry)))
                    {
                        tainted.Add(carried.Current);
                    }

                    if (!IsLinearAcrossIterations(inner, tainted, isReplayed: true))
                    {
                        return false;
                    }

                    break;
            }
        }

        return true;
    }

    private static bool Reads(Condition? condition, HashSet<string> tainted) =>
        condition is not null && VariablesOf(new Conditional(condition, Constant.Zero, Constant.Zero)).Any(tainted.Contains);

    private static bool IsLinearIn(Expr expression, HashSet<string> tainted) =>
        expression switch
        {
            Variable or Constant or Element or IntValue => true,
            Binary { Operator: BinaryOperator.Add or BinaryOperator.Subtract } sum => IsLinearIn(sum.Left, tainted)
                && IsLinearIn(sum.Right, tainted),
            Negate negate => IsLinearIn(negate.Operand, tainted),
            Binary { Operator: BinaryOperator.Multiply, Left: Constant } scaled => IsLinearIn(scaled.Right, tainted),
            Binary { Operator: BinaryOperator.Multiply or BinaryOperator.Divide, Right: Constant } scaled => IsLinearIn(
                scaled.Left,
                tainted
            ),
            Conditional conditional => !ExprRewriter
                .Children(new Conditional(conditional.Test, Constant.Zero, Constant.Zero))
                .SelectMany(VariablesOf)
                .Any(tainted.Contains)
                && IsLinearIn(conditional.WhenTrue, tainted)
                && IsLinearIn(conditional.WhenFalse, tainted),
            _ => !VariablesOf(expression).Any(tainted.Contains),
        };
}
