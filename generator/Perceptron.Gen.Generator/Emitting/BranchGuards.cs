using System.Collections.Generic;
using System.Linq;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>
/// For each subexpression, the branch tests that hold wherever it occurs: <c>exp(−z)</c> in
/// <c>z &gt; 0 ? log(1 + exp(−z)) : …</c> and in a derivative's <c>z &gt; 0 ? … exp(−z) … : 0</c> is only ever needed
/// where <c>z &gt; 0</c>. A temporary for it is then computed under that test, as the code it replaces was, instead of in
/// every case: a branch not taken costs nothing, as the method promises.
/// </summary>
internal sealed class BranchGuards
{
    /// <summary>For each subexpression: the tests, in order, that hold at every occurrence; empty where one has none.</summary>
    private readonly Dictionary<Expr, List<Condition>> conjuncts = new();

    private BranchGuards() { }

    /// <summary>
    /// Walks the subexpressions largest first, so that every occurrence of a part is known, through its parents, before
    /// the part itself passes its tests on: those of its parent, and the parent's test where the part is one branch of a
    /// <c>?:</c>. A statement's own guard holds throughout its value.
    /// </summary>
    public static BranchGuards Of(SubexpressionGraph graph, IEnumerable<Statement> statements)
    {
        var guards = new BranchGuards();
        if (!graph.HasConditional && statements.All(statement => statement.Guard is null))
        {
            // No test anywhere: no part has a guard, and every lookup answers none.
            return guards;
        }

        foreach (var statement in statements)
        {
            guards.Meet(statement.Value, statement.Guard is null ? new List<Condition>() : new List<Condition> { statement.Guard });
        }

        foreach (var node in graph.LargestFirst())
        {
            var here = guards.conjuncts[node.Expression];
            if (node.Expression is Conditional conditional)
            {
                foreach (var operand in TestOperands(conditional.Test))
                {
                    guards.Meet(operand, here);
                }

                guards.Meet(conditional.WhenTrue, With(here, conditional.Test));
                guards.Meet(conditional.WhenFalse, With(here, new Not(conditional.Test)));
            }
            else
            {
                foreach (var child in ExprRewriter.Children(node.Expression))
                {
                    guards.Meet(child, here);
                }
            }
        }

        return guards;
    }

    /// <summary>The tests that hold wherever <paramref name="expression"/> occurs, joined by <c>&amp;&amp;</c>; null for none.</summary>
    public Condition? GuardOf(Expr expression) =>
        conjuncts.TryGetValue(expression, out var tests) && tests.Count > 0
            ? tests.Skip(1).Aggregate(tests[0], (all, test) => new Logical(IsAnd: true, all, test))
            : null;

    /// <summary>The values a test compares, all evaluated wherever the test is (short-circuiting aside, counted as always).</summary>
    private static IEnumerable<Expr> TestOperands(Condition test) =>
        test switch
        {
            Comparison comparison => new[] { comparison.Left, comparison.Right },
            Logical logical => TestOperands(logical.Left).Concat(TestOperands(logical.Right)),
            Not not => TestOperands(not.Operand),
            _ => Enumerable.Empty<Expr>(),
        };

    private static List<Condition> With(List<Condition> tests, Condition test) =>
        tests.Contains(test) ? tests : new List<Condition>(tests) { test };

    /// <summary>Keeps only the tests that also hold at this occurrence.</summary>
    private void Meet(Expr expression, List<Condition> tests)
    {
        if (!conjuncts.TryGetValue(expression, out var known))
        {
            conjuncts[expression] = tests;
            return;
        }

        if (known.Count > 0 && !ReferenceEquals(known, tests))
        {
            conjuncts[expression] = known.Where(tests.Contains).ToList();
        }
    }
}
