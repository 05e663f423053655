using System.Collections.Generic;
using System.Linq;
using Perceptron.Gen.Generator.Model;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>
/// On vector lanes both sides of a branch are computed and a mask picks one per lane, so a branch that calls
/// <c>Math.Exp</c> on each side (<c>z &gt; 0 ? Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z))</c>) would pay for
/// two calls where scalar code pays for one. Where the two sides make the same costly step on different operands, the
/// operand is picked per lane first and the step made once: <c>exp(z &gt; 0 ? −z : z)</c>. Each lane gets the value its
/// own branch computes, so the result is unchanged.
/// </summary>
internal static class LaneBranchSharing
{
    /// <summary>
    /// Rewrites the lane locals (guards already folded into <c>guard ? value : 0</c>) so that each costly step shared by
    /// the two sides of a test is made once, in a new local placed before its first use.
    /// </summary>
    /// <param name="locals">The locals in order; none has a guard.</param>
    /// <param name="newName">Gives a fresh name for a shared step, from a readable stem.</param>
    public static List<Statement> Share(IReadOnlyList<Statement> locals, System.Func<string, string> newName)
    {
        var result = locals.ToList();
        ShareAcrossLocals(result, newName);
        for (var index = 0; index < result.Count; index++)
        {
            while (FindBranchPair(result[index].Value) is { } branch)
            {
                var shared = SharedStep(branch.Test, branch.WhenTrueStep, branch.WhenFalseStep);
                var name = newName(StemOf(shared));
                result.Insert(index, new Statement(StatementKind.Declare, name, shared));
                index++;
                var variable = new Variable(name);
                var rewritten = new Conditional(
                    branch.Conditional.Test,
                    Replace(branch.Conditional.WhenTrue, branch.WhenTrueStep, variable),
                    Replace(branch.Conditional.WhenFalse, branch.WhenFalseStep, variable)
                );
                result[index] = result[index] with { Value = Replace(result[index].Value, branch.Conditional, rewritten) };
            }
        }

        return result;
    }

    /// <summary>
    /// Two locals <c>g ? step(a) : 0</c> and, later, <c>!g ? step(b) : 0</c>: one local <c>step(g ? a : b)</c> before the
    /// first, which both then read, when <c>b</c> can be computed there.
    /// </summary>
    private static void ShareAcrossLocals(List<Statement> locals, System.Func<string, string> newName)
    {
        for (var first = 0; first < locals.Count; first++)
        {
            if (locals[first].Value is not Conditional { WhenFalse: Constant zero } guarded || !zero.Is(0) || !IsCostly(guarded.WhenTrue))
            {
                continue;
            }

            var definedBefore = new HashSet<string>(locals.Take(first).Select(local => local.Target));
            var laterNames = new HashSet<string>(locals.Skip(first).Select(local => local.Target));
            for (var second = first + 1; second < locals.Count; second++)
            {
                if (
                    locals[second].Value is not Conditional { WhenFalse: Constant otherZero } other
                    || !otherZero.Is(0)
                    || !AreComplements(guarded.Test, other.Test)
                    || !SameStep(guarded.WhenTrue, other.WhenTrue)
                    || LoopAnalysis.VariablesOf(other.WhenTrue).Any(name => laterNames.Contains(name) && !definedBefore.Contains(name))
                )
                {
                    continue;
                }

                var shared = SharedStep(guarded.Test, guarded.WhenTrue, other.WhenTrue);
                var name = newName(StemOf(shared));
                var variable = new Variable(name);
                locals[second] = locals[second] with { Value = new Conditional(other.Test, variable, Constant.Zero) };
                locals[first] = locals[first] with { Value = new Conditional(guarded.Test, variable, Constant.Zero) };
                locals.Insert(first, new Statement(StatementKind.Declare, name, shared));
                first++;
                break;
            }
        }
    }

    private sealed record BranchPair(Conditional Conditional, Condition Test, Expr WhenTrueStep, Expr WhenFalseStep);

    /// <summary>A test whose two sides each make one costly step of the same kind, searched depth first.</summary>
    private static BranchPair? FindBranchPair(Expr expression)
    {
        if (expression is Conditional conditional)
        {
            var whenTrue = CostlySteps(conditional.WhenTrue).ToList();
            var whenFalse = CostlySteps(conditional.WhenFalse).ToList();
            if (whenTrue.Count == 1 && whenFalse.Count == 1 && SameStep(whenTrue[0], whenFalse[0]) && !whenTrue[0].Equals(whenFalse[0]))
            {
                return new BranchPair(conditional, conditional.Test, whenTrue[0], whenFalse[0]);
            }
        }

        foreach (var child in ExprRewriter.Children(expression))
        {
            if (FindBranchPair(child) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>An exponential, logarithm or square root, or a division: the steps that cost many times an addition on lanes.</summary>
    private static bool IsCostly(Expr expression) =>
        expression
            is Call { Function: MathFunction.Exp or MathFunction.Log or MathFunction.Sqrt, Arguments.Count: 1 }
                or Binary { Operator: BinaryOperator.Divide };

    private static IEnumerable<Expr> CostlySteps(Expr expression) =>
        (IsCostly(expression) ? new[] { expression } : System.Array.Empty<Expr>()).Concat(
            ExprRewriter.Children(expression).SelectMany(CostlySteps)
        );

    /// <summary>The same function, or divisions of the same dividend.</summary>
    private static bool SameStep(Expr first, Expr second) =>
        (first, second) switch
        {
            (Call one, Call other) => one.Function == other.Function,
            (Binary { Operator: BinaryOperator.Divide } one, Binary { Operator: BinaryOperator.Divide } other) => one.Left.Equals(
                other.Left
            ),
            _ => false,
        };

    /// <summary>The step made once on the operand each lane's branch gives it.</summary>
    private static Expr SharedStep(Condition test, Expr whenTrue, Expr whenFalse) =>
        (whenTrue, whenFalse) switch
        {
            (Call one, Call other) => new Call(one.Function, new[] { (Expr)new Conditional(test, one[0], other[0]) }.ToEquatableArray()),
            (Binary one, Binary other) => new Binary(BinaryOperator.Divide, one.Left, new Conditional(test, one.Right, other.Right)),
            _ => throw new System.InvalidOperationException("Not a shared step."),
        };

    private static string StemOf(Expr shared) =>
        shared switch
        {
            Call { Function: var function } => function.ToString().ToLowerInvariant(),
            _ => "quotient",
        };

    private static bool AreComplements(Condition first, Condition second) =>
        first is Not not && not.Operand.Equals(second) || second is Not other && other.Operand.Equals(first);

    /// <summary>The expression with the node <paramref name="target"/> (compared by reference) replaced.</summary>
    private static Expr Replace(Expr expression, Expr target, Expr replacement) =>
        ExprRewriter.ReplaceWhere(expression, part => ReferenceEquals(part, target) ? replacement : null);
}
