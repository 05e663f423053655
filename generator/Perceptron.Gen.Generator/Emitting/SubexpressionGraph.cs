using System;
using System.Collections.Generic;
using System.Linq;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>
/// The distinct subexpressions of a list of expressions, each once, with the expressions directly containing it and
/// how many times: enough to count occurrences without walking every copy of a repeated subtree again.
/// </summary>
internal sealed class SubexpressionGraph
{
    private readonly Dictionary<Expr, Node> nodes = new();

    public SubexpressionGraph(IEnumerable<Expr> expressions)
    {
        foreach (var expression in expressions)
        {
            Visit(expression).WholeCount++;
        }
    }

    /// <summary>The subexpressions, larger first, so that every one comes after all that contain it; ties in reading order.</summary>
    public IEnumerable<Node> LargestFirst() => nodes.Values.OrderByDescending(node => node.Expression.Size).ThenBy(node => node.FirstSeen);

    /// <summary>
    /// How often <paramref name="node"/> occurs once each subexpression for which <paramref name="isNamed"/> holds is
    /// computed once, in its own definition, and read everywhere else. Call it in <see cref="LargestFirst"/> order.
    /// </summary>
    public int OccurrencesOnceNamed(Node node, Func<Expr, bool> isNamed)
    {
        var occurrences = node.WholeCount;
        foreach (var (parent, times) in node.Parents)
        {
            occurrences += times * (isNamed(parent.Expression) ? 1 : parent.Occurrences);
        }

        node.Occurrences = occurrences;
        return occurrences;
    }

    private Node Visit(Expr expression)
    {
        if (nodes.TryGetValue(expression, out var node))
        {
            return node;
        }

        node = new Node(expression, nodes.Count);
        nodes.Add(expression, node);
        foreach (var child in ExprRewriter.Children(expression).GroupBy(child => child))
        {
            Visit(child.Key).Parents.Add((node, child.Count()));
        }

        return node;
    }

    /// <summary>One distinct subexpression.</summary>
    internal sealed class Node(Expr expression, int firstSeen)
    {
        public Expr Expression { get; } = expression;

        /// <summary>Its position in reading order (statements in turn, each from the root down, left to right).</summary>
        public int FirstSeen { get; } = firstSeen;

        /// <summary>How many of the expressions it is the whole of.</summary>
        public int WholeCount { get; set; }

        /// <summary>The distinct expressions with it as a direct operand, and how many times each has it.</summary>
        public List<(Node Parent, int Times)> Parents { get; } = new();

        /// <summary>Set by <see cref="OccurrencesOnceNamed"/>.</summary>
        public int Occurrences { get; set; }
    }
}
