using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Perceptron.Gen.Tests.Properties.Programs;

namespace Perceptron.Gen.Tests.Properties.Reduction;

/// <summary>
/// One-step simplifications of a program's expressions and conditions: any node replaced by one of its operands, by the
/// constant 1, 0 or 2, or by the first parameter; a <c>&amp;&amp;</c>, <c>||</c> or <c>!</c> replaced by an operand.
/// </summary>
public static class ExpressionEdits
{
    public static IEnumerable<RandomProgram> Of(RandomProgram program)
    {
        if (program.ExpressionBody is { } body)
        {
            return Variants(body, program.ParameterNames[0]).Select(simpler => program with { ExpressionBody = simpler });
        }

        return Blocks(program.Block, program.ParameterNames[0]).Select(block => program with { Block = block });
    }

    /// <summary>
    /// The program replaced by one of its own expressions as an expression body, where that expression uses parameters
    /// only: a failure that lives in one expression then sheds all the statements around it at once.
    /// </summary>
    public static IEnumerable<RandomProgram> Lifts(RandomProgram program) =>
        ProgramNodes
            .Expressions(program)
            .Where(expression =>
                ProgramNodes.Descendants(expression).OfType<Variable>().All(name => program.ParameterNames.Contains(name.Name))
            )
            .Select(expression => program with { ExpressionBody = expression, Block = ImmutableArray<Statement>.Empty });

    /// <summary>The expression with each node that <paramref name="replace"/> gives a replacement for replaced, outermost first.</summary>
    public static Expr Rewrite(Expr expression, Func<Expr, Expr?> replace)
    {
        if (replace(expression) is { } replacement)
        {
            return replacement;
        }

        Expr Inner(Expr operand) => Rewrite(operand, replace);
        return expression switch
        {
            Negate negate => new Negate(Inner(negate.Operand)),
            Binary binary => binary with { Left = Inner(binary.Left), Right = Inner(binary.Right) },
            Call call => call with { Arguments = call.Arguments.Select(Inner).ToImmutableArray() },
            ScaleB scale => scale with { Value = Inner(scale.Value) },
            Conditional conditional => new Conditional(
                Rewrite(conditional.Test, Inner),
                Inner(conditional.WhenTrue),
                Inner(conditional.WhenFalse)
            ),
            _ => expression,
        };
    }

    /// <summary>The condition with <paramref name="rewrite"/> applied to every expression it compares.</summary>
    public static Condition Rewrite(Condition condition, Func<Expr, Expr> rewrite) =>
        condition switch
        {
            Comparison comparison => comparison with { Left = rewrite(comparison.Left), Right = rewrite(comparison.Right) },
            Logical logical => logical with { Left = Rewrite(logical.Left, rewrite), Right = Rewrite(logical.Right, rewrite) },
            Not not => new Not(Rewrite(not.Operand, rewrite)),
            _ => condition,
        };

    private static IEnumerable<ImmutableArray<Statement>> Blocks(ImmutableArray<Statement> block, string parameter) =>
        Enumerable
            .Range(0, block.Length)
            .SelectMany(index => Statements(block[index], parameter).Select(simpler => block.SetItem(index, simpler)));

    private static IEnumerable<Statement> Statements(Statement statement, string parameter) =>
        statement switch
        {
            Declare declare => Variants(declare.Value, parameter).Select(value => declare with { Value = value }),
            Assign assign => Variants(assign.Value, parameter).Select(value => assign with { Value = value }),
            Return result => Variants(result.Value, parameter).Select(value => result with { Value = value }),
            If branch => Variants(branch.Test, parameter)
                .Select(test => branch with { Test = test })
                .Concat(Blocks(branch.Then, parameter).Select(then => branch with { Then = then }))
                .Concat(Blocks(branch.Else, parameter).Select(otherwise => branch with { Else = otherwise })),
            For loop => Blocks(loop.Body, parameter).Select(body => loop with { Body = body }),
            ForEach loop => Blocks(loop.Body, parameter).Select(body => loop with { Body = body }),
            While loop => (loop.AlsoWhile is null ? Enumerable.Empty<Condition>() : Variants(loop.AlsoWhile, parameter))
                .Select(test => loop with { AlsoWhile = test })
                .Concat(Blocks(loop.Body, parameter).Select(body => loop with { Body = body })),
            Jump jump => Variants(jump.Test, parameter)
                .Select(test => jump with { Test = test })
                .Concat(Blocks(jump.Before, parameter).Select(before => jump with { Before = before })),
            _ => Enumerable.Empty<Statement>(),
        };

    /// <summary>The expression with one node replaced by something simpler, every way.</summary>
    public static IEnumerable<Expr> Variants(Expr expression, string parameter)
    {
        foreach (var replacement in Replacements(expression, parameter))
        {
            yield return replacement;
        }

        var inner = expression switch
        {
            Negate negate => Variants(negate.Operand, parameter).Select(operand => (Expr)(negate with { Operand = operand })),
            Binary binary => Variants(binary.Left, parameter)
                .Select(left => (Expr)(binary with { Left = left }))
                .Concat(Variants(binary.Right, parameter).Select(right => binary with { Right = right })),
            Call call => Enumerable
                .Range(0, call.Arguments.Length)
                .SelectMany(index =>
                    Variants(call.Arguments[index], parameter)
                        .Select(argument => (Expr)(call with { Arguments = call.Arguments.SetItem(index, argument) }))
                ),
            ScaleB scale => Variants(scale.Value, parameter).Select(value => (Expr)(scale with { Value = value })),
            Conditional conditional => Variants(conditional.Test, parameter)
                .Select(test => (Expr)(conditional with { Test = test }))
                .Concat(Variants(conditional.WhenTrue, parameter).Select(whenTrue => conditional with { WhenTrue = whenTrue }))
                .Concat(Variants(conditional.WhenFalse, parameter).Select(whenFalse => conditional with { WhenFalse = whenFalse })),
            _ => Enumerable.Empty<Expr>(),
        };
        foreach (var variant in inner)
        {
            yield return variant;
        }
    }

    private static IEnumerable<Condition> Variants(Condition condition, string parameter) =>
        condition switch
        {
            Comparison comparison => Variants(comparison.Left, parameter)
                .Select(left => (Condition)(comparison with { Left = left }))
                .Concat(Variants(comparison.Right, parameter).Select(right => comparison with { Right = right })),
            Logical logical => new[] { logical.Left, logical.Right }
                .Concat(Variants(logical.Left, parameter).Select(left => logical with { Left = left }))
                .Concat(Variants(logical.Right, parameter).Select(right => logical with { Right = right })),
            Not not => new[] { not.Operand }.Concat(Variants(not.Operand, parameter).Select(operand => not with { Operand = operand })),
            _ => Enumerable.Empty<Condition>(),
        };

    private static IEnumerable<Expr> Replacements(Expr expression, string parameter)
    {
        var operands = expression switch
        {
            Negate negate => new[] { negate.Operand },
            Binary binary => new[] { binary.Left, binary.Right },
            Call call => call.Arguments.ToArray(),
            ScaleB scale => new[] { scale.Value },
            Conditional conditional => new[] { conditional.WhenTrue, conditional.WhenFalse },
            _ => System.Array.Empty<Expr>(),
        };
        var leaves = new Expr[] { new Constant(1.0), new Constant(0.0), new Constant(2.0), new Variable(parameter) };
        return operands.Concat(leaves.Where(leaf => CSharpPrinter.Expression(leaf) != CSharpPrinter.Expression(expression)));
    }
}
