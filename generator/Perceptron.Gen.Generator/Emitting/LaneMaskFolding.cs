using System.Collections.Generic;
using System.Linq;
using Perceptron.Gen.Generator.Model;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>
/// On vector lanes a guarded local becomes <c>g ? value : 0</c> and every branch a select, so a softplus written one
/// branch per sign reads its own locals through selects on the same test again and again:
/// <c>log(g ? (g ? 1 + e : 0) : (!g ? 1 + e : 0))</c>. Inside a side of a select its test is known, so a cheap guarded
/// local read there is replaced by the side that holds (<c>1 + e</c>), a select whose sides are then equal is dropped
/// (<c>log(1 + e)</c>), and a local no one reads any more is not computed. Each lane gets the value it got before.
/// </summary>
internal static class LaneMaskFolding
{
    /// <summary>The largest local value that is copied into a use instead of read: a few additions or products.</summary>
    private const int CheapSize = 7;

    /// <summary>
    /// The locals folded in order, keeping only those that <paramref name="roots"/> (what the lanes add up or store)
    /// read, directly or through another local.
    /// </summary>
    public static List<Statement> Fold(IReadOnlyList<Statement> locals, IEnumerable<Expr> roots, IEnumerable<string> stored)
    {
        var selects = new Dictionary<string, Conditional>();
        var folded = new List<Statement>();
        foreach (var local in locals)
        {
            var value = Fold(local.Value, new List<(Condition, bool)>(), selects);
            if (value is Conditional conditional && IsCheap(conditional.WhenTrue) && IsCheap(conditional.WhenFalse))
            {
                selects[local.Target] = conditional;
            }

            folded.Add(local with { Value = value });
        }

        var needed = new HashSet<string>(roots.SelectMany(LoopAnalysis.VariablesOf).Concat(stored));
        for (var index = folded.Count - 1; index >= 0; index--)
        {
            if (needed.Contains(folded[index].Target))
            {
                needed.UnionWith(LoopAnalysis.VariablesOf(folded[index].Value));
            }
        }

        return folded.Where(local => needed.Contains(local.Target)).ToList();
    }

    private static Expr Fold(Expr expression, List<(Condition Test, bool Holds)> facts, Dictionary<string, Conditional> selects) =>
        ExprRewriter.ReplaceWhere(
            expression,
            part =>
                part switch
                {
                    Variable variable when selects.TryGetValue(variable.Name, out var select) && Known(select.Test, facts) is { } holds =>
                        holds ? select.WhenTrue : select.WhenFalse,
                    Conditional conditional => FoldSelect(conditional, facts, selects),
                    _ => null,
                },
            MergeSelects
        );

    /// <summary>
    /// <c>(g ? a : 0) + (g ? 0 : b)</c> as <c>g ? a : b</c>, also as the last two terms of a longer sum: each lane adds
    /// a zero, which changes no value, so one select does the work of two.
    /// </summary>
    private static Expr? MergeSelects(Expr sum) =>
        sum switch
        {
            Binary { Operator: BinaryOperator.Add, Left: Conditional left, Right: Conditional right } => Merge(left, right),
            Binary
            {
                Operator: BinaryOperator.Add,
                Left: Binary { Operator: BinaryOperator.Add, Right: Conditional left } inner,
                Right: Conditional right
            } when Merge(left, right) is { } merged => new Binary(BinaryOperator.Add, inner.Left, merged),
            _ => null,
        };

    private static Conditional? Merge(Conditional left, Conditional right) =>
        !left.Test.Equals(right.Test) ? null
        : IsZero(left.WhenFalse) && IsZero(right.WhenTrue) ? new Conditional(left.Test, left.WhenTrue, right.WhenFalse)
        : IsZero(left.WhenTrue) && IsZero(right.WhenFalse) ? new Conditional(left.Test, right.WhenTrue, left.WhenFalse)
        : null;

    private static bool IsZero(Expr expression) => expression is Constant constant && constant.Is(0);

    private static Expr FoldSelect(
        Conditional conditional,
        List<(Condition Test, bool Holds)> facts,
        Dictionary<string, Conditional> selects
    )
    {
        var test = FoldTest(conditional.Test, facts, selects);
        if (Known(test, facts) is { } holds)
        {
            return Fold(holds ? conditional.WhenTrue : conditional.WhenFalse, facts, selects);
        }

        var whenTrue = Fold(conditional.WhenTrue, [.. facts, (test, true)], selects);
        var whenFalse = Fold(conditional.WhenFalse, [.. facts, (test, false)], selects);
        return whenTrue.Equals(whenFalse) ? whenTrue : new Conditional(test, whenTrue, whenFalse);
    }

    private static Condition FoldTest(Condition test, List<(Condition Test, bool Holds)> facts, Dictionary<string, Conditional> selects) =>
        test switch
        {
            Comparison comparison => new Comparison(
                comparison.Operator,
                Fold(comparison.Left, facts, selects),
                Fold(comparison.Right, facts, selects)
            ),
            Logical logical => new Logical(logical.IsAnd, FoldTest(logical.Left, facts, selects), FoldTest(logical.Right, facts, selects)),
            Not not => new Not(FoldTest(not.Operand, facts, selects)),
            _ => test,
        };

    /// <summary>Whether the test holds where the facts hold, or null when they do not tell.</summary>
    private static bool? Known(Condition test, List<(Condition Test, bool Holds)> facts)
    {
        foreach (var (known, holds) in facts)
        {
            if (known.Equals(test))
            {
                return holds;
            }

            if (known is Not not && not.Operand.Equals(test) || test is Not negated && negated.Operand.Equals(known))
            {
                return !holds;
            }
        }

        return null;
    }

    /// <summary>Cheaper to compute again than to select: no call, no division, no power, and small.</summary>
    private static bool IsCheap(Expr expression) =>
        expression.Size <= CheapSize
        && expression is not (Call or UserCall or Power or Binary { Operator: BinaryOperator.Divide })
        && ExprRewriter.Children(expression).All(IsCheap);
}
