using System.Collections.Generic;
using System.Linq;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>
/// Computes each repeated subexpression once: a value already held by a local is read from it, and any other
/// subexpression used twice or more gets a temporary, named after what it is (<c>exp</c>, <c>sum</c>), declared just
/// before its first use. The backward pass thereby reuses the forward pass's values, as a hand-written derivation does.
/// </summary>
/// <remarks>
/// The result is that of naming, one at a time, the largest subexpression still occurring twice, but it is computed in
/// one pass over a graph of the distinct subexpressions rather than by recounting every statement after each naming,
/// which made a long method's cost grow with the square of its length. Once a larger expression is named, its copies
/// collapse into one definition, so a part of it occurs once per use of the whole elsewhere plus once in the
/// definition: with the subexpressions taken largest first, each one's count follows from its parents' counts.
/// </remarks>
internal static class CommonSubexpressions
{
    public static List<Statement> Eliminate(IReadOnlyList<Statement> statements, NameScope names)
    {
        var reused = ReuseDeclaredValues(statements);
        var graph = new SubexpressionGraph(reused.Select(statement => statement.Value));
        var guards = BranchGuards.Of(graph, reused);
        var temporaries = new Dictionary<Expr, Variable>();
        foreach (var node in graph.LargestFirst())
        {
            // Counted for every node, named or not: a part's count follows from all its parents' counts.
            var occurrences = graph.OccurrencesOnceNamed(node, named => temporaries.ContainsKey(named));
            if (occurrences >= 2 && IsWorthNaming(node.Expression))
            {
                temporaries.Add(node.Expression, new Variable(names.Unique(NameFor(node.Expression))));
            }
        }

        if (temporaries.Count == 0)
        {
            return reused;
        }

        // Every value with its named parts read from their temporaries, and which temporaries each one reads.
        var statementUses = new List<HashSet<string>>();
        var collapsed = reused
            .Select(statement =>
            {
                var uses = new HashSet<string>();
                statementUses.Add(uses);
                return statement with { Value = ReadTemporaries(statement.Value, temporaries, uses, keepRoot: false) };
            })
            .ToList();
        var definitions = temporaries.ToDictionary(
            entry => entry.Value.Name,
            entry =>
            {
                var uses = new HashSet<string>();
                return (Expression: entry.Key, Value: ReadTemporaries(entry.Key, temporaries, uses, keepRoot: true), Uses: uses);
            }
        );

        // A temporary is declared in the group of the statement that first needs it, directly or through another one.
        var inOrder = temporaries.Values.Select(variable => variable.Name).ToList();
        var group = new Dictionary<string, int>();
        foreach (var name in inOrder)
        {
            var first = statementUses.FindIndex(uses => uses.Contains(name));
            foreach (var user in inOrder.TakeWhile(other => other != name).Where(other => definitions[other].Uses.Contains(name)))
            {
                first = first < 0 ? group[user] : System.Math.Min(first, group[user]);
            }

            group[name] = first;
        }

        var result = new List<Statement>(collapsed.Count + temporaries.Count);
        for (var index = 0; index < collapsed.Count; index++)
        {
            // Each temporary goes just before the first line of the group that reads it, larger ones placed first.
            var lines = new List<(Statement Line, HashSet<string> Uses)> { (collapsed[index], statementUses[index]) };
            foreach (var name in inOrder.Where(name => group[name] == index))
            {
                var reader = lines.FindIndex(line => line.Uses.Contains(name));
                var definition = definitions[name];
                var declaration = new Statement(
                    StatementKind.Declare,
                    name,
                    definition.Value,
                    IsBackward: lines[reader].Line.IsBackward,
                    Guard: guards.GuardOf(definitions[name].Expression)
                );
                lines.Insert(reader, (declaration, definition.Uses));
            }

            result.AddRange(lines.Select(line => line.Line));
        }

        return result;
    }

    /// <summary>
    /// The expression with every named part read from its temporary (the root itself kept when it is a definition),
    /// adding the temporaries read to <paramref name="uses"/>.
    /// </summary>
    private static Expr ReadTemporaries(Expr expression, Dictionary<Expr, Variable> temporaries, HashSet<string> uses, bool keepRoot) =>
        ExprRewriter.ReplaceWhere(expression, part =>
        {
            if ((keepRoot && ReferenceEquals(part, expression)) || !temporaries.TryGetValue(part, out var temporary))
            {
                return null;
            }

            uses.Add(temporary.Name);
            return temporary;
        });

    /// <summary>
    /// A later statement that recomputes a declared local's whole value reads the local instead. One pass: each value is
    /// rewritten with the locals declared before it, largest matches first, then its own value becomes available.
    /// </summary>
    private static List<Statement> ReuseDeclaredValues(IReadOnlyList<Statement> statements)
    {
        var declared = new Dictionary<Expr, List<(Variable Local, Condition? Guard)>>();
        var result = new List<Statement>(statements.Count);
        foreach (var statement in statements)
        {
            // A guarded local is 0 where its branch is not taken: only code under the same guard may read it instead.
            Expr? LocalHolding(Expr part) =>
                declared.TryGetValue(part, out var locals)
                    ? locals.FirstOrDefault(local => local.Guard is null || Equals(local.Guard, statement.Guard)).Local
                    : null;

            var value = ExprRewriter.ReplaceWhere(statement.Value, LocalHolding, afterOperands: LocalHolding);
            result.Add(statement with { Value = value });
            if (statement.Kind == StatementKind.Declare && IsWorthNaming(value))
            {
                if (!declared.TryGetValue(value, out var locals))
                {
                    declared.Add(value, locals = new List<(Variable, Condition?)>());
                }

                locals.Add((new Variable(statement.Target), statement.Guard));
            }
        }

        return result;
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
            UserCall => false,
            _ => expression.Size >= 3,
        };

    private static string NameFor(Expr expression) =>
        expression switch
        {
            Call call => FunctionNames.CSharpName(call.Function).ToLowerInvariant(),
            Power => "power",
            GuardedProduct guarded => NameFor(guarded.Product),
            Binary { Operator: BinaryOperator.Add } => "sum",
            Binary { Operator: BinaryOperator.Subtract } => "difference",
            Binary { Operator: BinaryOperator.Multiply } => "product",
            Binary { Operator: BinaryOperator.Divide } => "quotient",
            Negate => "negated",
            _ => "common",
        };
}
