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

    // Lists for a node's distinct operands while it is visited, reused by the nodes visited after it: one per level of
    // nesting instead of one per node.
    private readonly Stack<List<(Expr Operand, int Times)>> freeOperandLists = new();

    public SubexpressionGraph(IEnumerable<Expr> expressions)
    {
        foreach (var expression in expressions)
        {
            Visit(expression).WholeCount++;
        }
    }

    private List<Node>? largestFirst;

    /// <summary>Whether any subexpression is a <c>?:</c>: without one, no part is under a branch test.</summary>
    public bool HasConditional { get; private set; }

    /// <summary>The subexpressions, larger first, so that every one comes after all that contain it; ties in reading order.</summary>
    public IReadOnlyList<Node> LargestFirst() =>
        largestFirst ??= nodes.Values.OrderByDescending(node => node.Expression.Size).ThenBy(node => node.FirstSeen).ToList();

    /// <summary>
    /// How often <paramref name="node"/> occurs once each subexpression for which <paramref name="isNamed"/> holds is
    /// computed once, in its own definition, and read everywhere else. Call it in <see cref="LargestFirst"/> order.
    /// </summary>
    public int OccurrencesOnceNamed(Node node, Func<Expr, bool> isNamed)
    {
        var occurrences = node.WholeCount;
        if (node.FirstParent is { } first)
        {
            occurrences += node.FirstParentTimes * (isNamed(first.Expression) ? 1 : first.Occurrences);
        }

        foreach (var (parent, times) in node.OtherParents ?? NoParents)
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
        HasConditional |= expression is Conditional;
        // Each distinct operand once, with how many times it occurs: x·x has x twice. The common shapes give their operands
        // directly; the others through Children, which allocates as it goes.
        var operands = freeOperandLists.Count > 0 ? freeOperandLists.Pop() : new List<(Expr Operand, int Times)>(3);
        switch (expression)
        {
            case Constant or Variable:
                break;
            case Negate negate:
                CountOperand(operands, negate.Operand);
                break;
            case Binary binary:
                CountOperand(operands, binary.Left);
                CountOperand(operands, binary.Right);
                break;
            case Call call:
                foreach (var argument in call.Arguments)
                {
                    CountOperand(operands, argument);
                }

                break;
            default:
                foreach (var child in ExprRewriter.Children(expression))
                {
                    CountOperand(operands, child);
                }

                break;
        }

        foreach (var (operand, times) in operands)
        {
            Visit(operand).AddParent(node, times);
        }

        operands.Clear();
        freeOperandLists.Push(operands);

        return node;
    }

    // Adds one occurrence of an operand: a list, not a lookup, as a node has few operands.
    private static void CountOperand(List<(Expr Operand, int Times)> operands, Expr operand)
    {
        var seen = 0;
        while (seen < operands.Count && !operands[seen].Operand.Equals(operand))
        {
            seen++;
        }

        if (seen == operands.Count)
        {
            operands.Add((operand, 1));
        }
        else
        {
            operands[seen] = (operands[seen].Operand, operands[seen].Times + 1);
        }
    }

    private static readonly List<(Node Parent, int Times)> NoParents = new();

    /// <summary>One distinct subexpression.</summary>
    internal sealed class Node(Expr expression, int firstSeen)
    {
        public Expr Expression { get; } = expression;

        /// <summary>Its position in reading order (statements in turn, each from the root down, left to right).</summary>
        public int FirstSeen { get; } = firstSeen;

        /// <summary>How many of the expressions it is the whole of.</summary>
        public int WholeCount { get; set; }

        // The distinct expressions with it as a direct operand, and how many times each has it. Most subexpressions have one
        // parent, which is kept without a list.

        /// <summary>The first expression found with it as a direct operand.</summary>
        public Node? FirstParent { get; private set; }

        /// <summary>How many times <see cref="FirstParent"/> has it.</summary>
        public int FirstParentTimes { get; private set; }

        /// <summary>The other expressions with it as a direct operand, and how many times each has it; null for none.</summary>
        public List<(Node Parent, int Times)>? OtherParents { get; private set; }

        public void AddParent(Node parent, int times)
        {
            if (FirstParent is null)
            {
                FirstParent = parent;
                FirstParentTimes = times;
            }
            else
            {
                (OtherParents ??= new List<(Node Parent, int Times)>()).Add((parent, times));
            }
        }

        /// <summary>Set by <see cref="OccurrencesOnceNamed"/>.</summary>
        public int Occurrences { get; set; }
    }
}
