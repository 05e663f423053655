using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Perceptron.Gen.Tests.Properties.Programs;

/// <summary>Every expression in a program, conditions and nested blocks included, for questions about its shape.</summary>
public static class ProgramNodes
{
    public static IEnumerable<Expr> Expressions(RandomProgram program) =>
        program.ExpressionBody is { } body ? Descendants(body) : program.Block.SelectMany(Expressions);

    /// <summary>Every expression in a statement, nested statements included.</summary>
    public static IEnumerable<Expr> Expressions(Statement statement) =>
        statement switch
        {
            Declare declare => Descendants(declare.Value),
            Assign assign => Descendants(assign.Value),
            If branch => Descendants(branch.Test).Concat(branch.Then.SelectMany(Expressions)).Concat(branch.Else.SelectMany(Expressions)),
            Return result => Descendants(result.Value),
            For loop => loop.Body.SelectMany(Expressions),
            ForEach loop => loop.Body.SelectMany(Expressions),
            While loop => Descendants(loop.Test).Concat(loop.Body.SelectMany(Expressions)),
            Jump jump => Descendants(jump.Test).Concat(jump.Before.SelectMany(Expressions)),
            _ => Enumerable.Empty<Expr>(),
        };

    public static IEnumerable<Expr> Descendants(Expr expression)
    {
        yield return expression;
        foreach (var child in Children(expression).SelectMany(Descendants))
        {
            yield return child;
        }
    }

    private static IEnumerable<Expr> Descendants(Condition condition) => Operands(condition).SelectMany(Descendants);

    /// <summary>The expressions a condition compares, through any <c>&amp;&amp;</c>, <c>||</c> and <c>!</c>.</summary>
    public static IEnumerable<Expr> Operands(Condition condition) =>
        condition switch
        {
            Comparison comparison => new[] { comparison.Left, comparison.Right },
            Logical logical => Operands(logical.Left).Concat(Operands(logical.Right)),
            Not not => Operands(not.Operand),
            _ => Enumerable.Empty<Expr>(),
        };

    private static IEnumerable<Expr> Children(Expr expression) =>
        expression switch
        {
            Negate negate => new[] { negate.Operand },
            Binary binary => new[] { binary.Left, binary.Right },
            Call call => call.Arguments,
            ScaleB scale => new[] { scale.Value },
            Conditional conditional => Operands(conditional.Test).Concat(new[] { conditional.WhenTrue, conditional.WhenFalse }),
            _ => ImmutableArray<Expr>.Empty,
        };
}
