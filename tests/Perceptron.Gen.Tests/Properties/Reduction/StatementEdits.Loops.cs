using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Perceptron.Gen.Tests.Properties.Programs;

namespace Perceptron.Gen.Tests.Properties.Reduction;

/// <summary>
/// Loop reductions: a loop replaced by its body run once, a loop that runs once fewer, a jump replaced by an <c>if</c>
/// without it, the same inside loop bodies; and <c>n</c> and <c>xs</c> made smaller or dropped when unused.
/// </summary>
public static partial class StatementEdits
{
    private static IEnumerable<RandomProgram> LoopInputEdits(RandomProgram program)
    {
        if (program.Count is { } count)
        {
            if (count > 0)
            {
                yield return program with
                {
                    Count = count - 1,
                };
            }

            if (!UsesCount(program))
            {
                yield return program with
                {
                    Count = null,
                };
            }
            else
            {
                // n replaced by the number it is, in loop bounds and expressions alike.
                yield return program with
                {
                    Count = null,
                    Block = Rewritten(
                        program.Block,
                        node => node is IntegerValue { Name: RandomProgram.CountName } ? new Constant(count) : null,
                        loop => loop.End.Kind == BoundKind.Count ? loop with { End = LoopBound.Constant(count) } : loop
                    ),
                    ExpressionBody = program.ExpressionBody is { } body
                        ? ExpressionEdits.Rewrite(body, node =>
                            node is IntegerValue { Name: RandomProgram.CountName } ? new Constant(count) : null
                        )
                        : null,
                };
            }
        }

        if (program.Sequence is { } sequence)
        {
            // The reducer drops the last element's coordinate with it.
            if (sequence.Length > 0)
            {
                yield return program with
                {
                    Sequence = sequence with { Length = sequence.Length - 1 },
                };
            }

            if (!UsesSequence(program.Block) && program.ExpressionBody is null)
            {
                yield return program with
                {
                    Sequence = null,
                };
            }
        }
    }

    /// <summary>The block with the loop or jump at <paramref name="index"/> of <paramref name="program"/> simplified one step, every way.</summary>
    private static IEnumerable<ImmutableArray<Statement>> LoopEdits(ImmutableArray<Statement> block, int index, RandomProgram program)
    {
        switch (block[index])
        {
            case For loop:
                yield return block.RemoveAt(index).InsertRange(index, Unrolled(loop.Body, loop.Index, loop.Start));
                if (loop.End.Kind == BoundKind.Constant && loop.End.Value > 0)
                {
                    yield return block.SetItem(index, loop with { End = LoopBound.Constant(loop.End.Value - 1) });
                }

                // To n or xs.Length as the constant it is here, so that n or xs can go.
                var end = loop.End.Kind switch
                {
                    BoundKind.Count => program.Count,
                    BoundKind.Length => program.Sequence?.Length,
                    _ => null,
                };
                if (end is { } value)
                {
                    yield return block.SetItem(index, loop with { End = LoopBound.Constant(value) });
                }

                if (loop.Start != 0 || loop.Inclusive)
                {
                    yield return block.SetItem(index, loop with { Start = 0, Inclusive = false });
                }

                foreach (var body in Blocks(loop.Body, program))
                {
                    yield return block.SetItem(index, loop with { Body = body });
                }

                break;
            case ForEach loop:
                yield return block.RemoveAt(index).InsertRange(index, Unrolled(loop.Body, index: null, 0, loop.Item));
                foreach (var body in Blocks(loop.Body, program))
                {
                    yield return block.SetItem(index, loop with { Body = body });
                }

                break;
            case While loop:
                var once = Unrolled(loop.Body, index: null, 0).Insert(0, new Declare(loop.Counter, new Constant(1)));
                yield return block.RemoveAt(index).InsertRange(index, once);
                if (loop.Count > 0)
                {
                    yield return block.SetItem(index, loop with { Count = loop.Count - 1 });
                }

                if (loop.AlsoWhile is not null)
                {
                    yield return block.SetItem(index, loop with { AlsoWhile = null });
                }

                if (loop.TestAtBottom)
                {
                    yield return block.SetItem(index, loop with { TestAtBottom = false });
                }

                foreach (var body in Blocks(loop.Body, program))
                {
                    yield return block.SetItem(index, loop with { Body = body });
                }

                break;
            case Jump jump:
                yield return block.SetItem(index, new If(jump.Test, jump.Before, ImmutableArray<Statement>.Empty));
                if (jump.IsBreak)
                {
                    yield return block.SetItem(index, jump with { IsBreak = false });
                }

                foreach (var before in Blocks(jump.Before, program))
                {
                    yield return block.SetItem(index, jump with { Before = before });
                }

                break;
        }
    }

    /// <summary>
    /// A loop body as it runs the first time, outside the loop: the index read as its first value, <c>xs[i]</c> or the
    /// foreach item as <c>xs[0]</c>, and a jump out of this loop as an <c>if</c> without the jump. Nested loops keep theirs.
    /// </summary>
    private static ImmutableArray<Statement> Unrolled(ImmutableArray<Statement> body, string? index, int start, string? item = null)
    {
        Expr Substitute(Expr expression) => ExpressionEdits.Rewrite(expression, node => node switch
                {
                    IntegerValue integer when integer.Name == index => new Constant(start),
                    Element element when element.Index == index => element with { Index = "0" },
                    Variable variable when variable.Name == item => new Element("0"),
                    _ => null,
                });
        Statement Rewritten(Statement statement, bool inThisLoop) =>
            statement switch
            {
                Declare declare => declare with { Value = Substitute(declare.Value) },
                Assign assign => assign with { Value = Substitute(assign.Value) },
                If branch => new If(
                    ExpressionEdits.Rewrite(branch.Test, Substitute),
                    branch.Then.Select(inner => Rewritten(inner, inThisLoop)).ToImmutableArray(),
                    branch.Else.Select(inner => Rewritten(inner, inThisLoop)).ToImmutableArray()
                ),
                Jump jump when inThisLoop => new If(
                    ExpressionEdits.Rewrite(jump.Test, Substitute),
                    jump.Before.Select(inner => Rewritten(inner, inThisLoop)).ToImmutableArray(),
                    ImmutableArray<Statement>.Empty
                ),
                Jump jump => new Jump(
                    ExpressionEdits.Rewrite(jump.Test, Substitute),
                    jump.Before.Select(inner => Rewritten(inner, inThisLoop)).ToImmutableArray(),
                    jump.IsBreak
                ),
                For loop => loop with
                {
                    End = loop.End.Kind == BoundKind.Index && loop.End.Index == index ? LoopBound.Constant(start) : loop.End,
                    Body = loop.Body.Select(inner => Rewritten(inner, false)).ToImmutableArray(),
                },
                ForEach loop => loop with { Body = loop.Body.Select(inner => Rewritten(inner, false)).ToImmutableArray() },
                While loop => loop with
                {
                    AlsoWhile = loop.AlsoWhile is null ? null : ExpressionEdits.Rewrite(loop.AlsoWhile, Substitute),
                    Body = loop.Body.Select(inner => Rewritten(inner, false)).ToImmutableArray(),
                },
                _ => statement,
            };
        return body.Select(statement => Rewritten(statement, true)).ToImmutableArray();
    }

    /// <summary>The block with <paramref name="replace"/> applied to every expression and <paramref name="edit"/> to every <c>for</c>.</summary>
    private static ImmutableArray<Statement> Rewritten(ImmutableArray<Statement> block, Func<Expr, Expr?> replace, Func<For, For> edit)
    {
        Expr Expression(Expr expression) => ExpressionEdits.Rewrite(expression, replace);
        ImmutableArray<Statement> Block(ImmutableArray<Statement> inner) => Rewritten(inner, replace, edit);
        return block
            .Select(statement =>
                statement switch
                {
                    Declare declare => declare with { Value = Expression(declare.Value) },
                    Assign assign => assign with { Value = Expression(assign.Value) },
                    Return result => result with { Value = Expression(result.Value) },
                    If branch => new If(ExpressionEdits.Rewrite(branch.Test, Expression), Block(branch.Then), Block(branch.Else)),
                    For loop => edit(loop) with { Body = Block(loop.Body) },
                    ForEach loop => loop with { Body = Block(loop.Body) },
                    While loop => loop with
                    {
                        AlsoWhile = loop.AlsoWhile is null ? null : ExpressionEdits.Rewrite(loop.AlsoWhile, Expression),
                        Body = Block(loop.Body),
                    },
                    Jump jump => new Jump(ExpressionEdits.Rewrite(jump.Test, Expression), Block(jump.Before), jump.IsBreak),
                    _ => statement,
                }
            )
            .ToImmutableArray();
    }

    /// <summary>The trip counts the program states: <c>n</c>, the length of <c>xs</c>, constant bounds and counters' limits.</summary>
    public static int Iterations(RandomProgram program) =>
        (program.Count ?? 0)
        + (program.Sequence?.Length ?? 0)
        + AllStatements(program.Block)
            .Sum(statement =>
                statement switch
                {
                    For { End.Kind: BoundKind.Constant } loop => loop.End.Value,
                    While loop => loop.Count,
                    _ => 0,
                }
            );

    private static bool UsesCount(RandomProgram program) =>
        ProgramNodes.Expressions(program).OfType<IntegerValue>().Any(integer => integer.Name == RandomProgram.CountName)
        || AllStatements(program.Block).OfType<For>().Any(loop => loop.End.Kind == BoundKind.Count);

    private static bool UsesSequence(ImmutableArray<Statement> block) =>
        AllStatements(block).Any(statement => statement is ForEach || statement is For { End.Kind: BoundKind.Length })
        || block.SelectMany(ProgramNodes.Expressions).OfType<Element>().Any();

    /// <summary>Every statement, nested ones included.</summary>
    private static IEnumerable<Statement> AllStatements(ImmutableArray<Statement> block) =>
        block.SelectMany(statement =>
            new[] { statement }.Concat(
                statement switch
                {
                    If branch => AllStatements(branch.Then).Concat(AllStatements(branch.Else)),
                    For loop => AllStatements(loop.Body),
                    ForEach loop => AllStatements(loop.Body),
                    While loop => AllStatements(loop.Body),
                    Jump jump => AllStatements(jump.Before),
                    _ => Enumerable.Empty<Statement>(),
                }
            )
        );
}
