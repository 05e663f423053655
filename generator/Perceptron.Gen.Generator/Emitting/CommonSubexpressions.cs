using System.Collections.Generic;
using System.Linq;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>
/// Computes each repeated subexpression once: a value already held by a local is read from it, and any other
/// subexpression used twice or more gets a temporary, named after what it is (<c>exp</c>, <c>sum</c>), declared just
/// before its first use. The backward pass thereby reuses the forward pass's values, as a hand-written derivation does.
/// </summary>
internal static class CommonSubexpressions
{
    public static List<Statement> Eliminate(IReadOnlyList<Statement> statements, NameScope names)
    {
        var result = ReuseDeclaredValues(statements);
        while (MostValuableRepeat(result) is { } repeated)
        {
            var first = result.FindIndex(statement => Contains(statement.Value, repeated));
            var temporary = names.Unique(NameFor(repeated));
            var replacement = new Variable(temporary);
            for (var index = first; index < result.Count; index++)
            {
                result[index] = result[index] with { Value = ExprRewriter.Replace(result[index].Value, repeated, replacement) };
            }

            result.Insert(first, new Statement(StatementKind.Declare, temporary, repeated, IsBackward: result[first].IsBackward));
        }

        return result;
    }

    /// <summary>A later statement that recomputes a declared local's whole value reads the local instead.</summary>
    private static List<Statement> ReuseDeclaredValues(IReadOnlyList<Statement> statements)
    {
        var result = new List<Statement>(statements);
        for (var index = 0; index < result.Count; index++)
        {
            var declared = result[index];
            if (declared.Kind != StatementKind.Declare || !IsWorthNaming(declared.Value))
            {
                continue;
            }

            // A guarded local is 0 where its branch is not taken: only code under the same guard may read it instead.
            var local = new Variable(declared.Target);
            for (var later = index + 1; later < result.Count; later++)
            {
                if (declared.Guard is null || Equals(declared.Guard, result[later].Guard))
                {
                    result[later] = result[later] with { Value = ExprRewriter.Replace(result[later].Value, declared.Value, local) };
                }
            }
        }

        return result;
    }

    /// <summary>The largest subexpression that occurs at least twice, or null when none does.</summary>
    private static Expr? MostValuableRepeat(IEnumerable<Statement> statements)
    {
        var counts = new Dictionary<Expr, int>();
        foreach (var statement in statements)
        {
            Count(statement.Value, counts);
        }

        return counts
            .Where(entry => entry.Value >= 2)
            .Select(entry => entry.Key)
            .OrderByDescending(expression => expression.Size)
            .FirstOrDefault();
    }

    private static void Count(Expr expression, Dictionary<Expr, int> counts)
    {
        if (IsWorthNaming(expression))
        {
            counts[expression] = counts.TryGetValue(expression, out var count) ? count + 1 : 1;
        }

        foreach (var child in ExprRewriter.Children(expression))
        {
            Count(child, counts);
        }
    }

    /// <summary>
    /// Worth a temporary: a call, or an operation on operations. Math.Sign and Math.Clamp are left where they are:
    /// they throw on some inputs (NaN, crossed bounds), so moving one out of a branch not taken could throw.
    /// </summary>
    private static bool IsWorthNaming(Expr expression) =>
        expression switch
        {
            Call { Function: MathFunction.Sign or MathFunction.Clamp } => false,
            Call or Power => true,
            Constant or Variable => false,
            Negate { Operand: Variable or Constant } => false,
            GuardedProduct or UserCall => false,
            _ => expression.Size >= 3,
        };

    private static bool Contains(Expr expression, Expr target) =>
        expression.Equals(target) || ExprRewriter.Children(expression).Any(child => Contains(child, target));

    private static string NameFor(Expr expression) =>
        expression switch
        {
            Call call => FunctionNames.CSharpName(call.Function).ToLowerInvariant(),
            Power => "power",
            Binary { Operator: BinaryOperator.Add } => "sum",
            Binary { Operator: BinaryOperator.Subtract } => "difference",
            Binary { Operator: BinaryOperator.Multiply } => "product",
            Binary { Operator: BinaryOperator.Divide } => "quotient",
            Negate => "negated",
            _ => "common",
        };
}
