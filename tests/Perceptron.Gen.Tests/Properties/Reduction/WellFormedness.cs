using System.Collections.Immutable;
using System.Linq;
using Perceptron.Gen.Tests.Properties.Programs;

namespace Perceptron.Gen.Tests.Properties.Reduction;

/// <summary>
/// The rules every generated program keeps, checked for a reduced one: names are in scope where used, a <c>return</c>
/// ends its block, nothing follows a statement that returns on every path, and the method returns on every path. In
/// loops: no <c>return</c>, a <c>break</c> or <c>continue</c> only in a loop, <c>xs[i]</c> only in a loop over
/// <c>xs.Length</c> (or at a position inside <c>xs</c>), and loops to <c>n</c> or over <c>xs</c> only where the method has them.
/// </summary>
public static class WellFormedness
{
    public static bool Holds(RandomProgram program)
    {
        var parameters = program.ParameterNames;
        var names = new Names(
            program,
            parameters,
            parameters,
            program.Count is null ? ImmutableArray<string>.Empty : ImmutableArray.Create(RandomProgram.CountName),
            ImmutableArray<string>.Empty,
            InLoop: false,
            AllowsJumps: false
        );
        if (program.ExpressionBody is { } body)
        {
            return InScope(body, names);
        }

        return BlockHolds(program.Block, names) && AlwaysReturns(program.Block);
    }

    /// <summary>
    /// What a statement may use: the doubles in scope, those of them it may assign, the ints it may read (<c>n</c> and the
    /// indices of the loops it is in), the indices that may index <c>xs</c>, whether it is in a loop, and whether it may be
    /// a jump (directly in a loop body, not in an <c>if</c> there, as the generator reads them).
    /// </summary>
    private sealed record Names(
        RandomProgram Program,
        ImmutableArray<string> Doubles,
        ImmutableArray<string> Assignable,
        ImmutableArray<string> Integers,
        ImmutableArray<string> ElementIndices,
        bool InLoop,
        bool AllowsJumps
    );

    /// <summary>Whether the block's statements are well formed where <paramref name="names"/> are in scope.</summary>
    private static bool BlockHolds(ImmutableArray<Statement> block, Names names)
    {
        for (var index = 0; index < block.Length; index++)
        {
            var isLast = index == block.Length - 1;
            switch (block[index])
            {
                case Declare declare:
                    if (!InScope(declare.Value, names) || (declare.IsConst && declare.Value is not Constant))
                    {
                        return false;
                    }

                    names = names with
                    {
                        Doubles = names.Doubles.Add(declare.Name),
                        Assignable = declare.IsConst ? names.Assignable : names.Assignable.Add(declare.Name),
                    };
                    break;
                case Assign assign when !names.Assignable.Contains(assign.Name) || !InScope(assign.Value, names):
                case Step step when !names.Assignable.Contains(step.Name):
                case Return when !isLast || names.InLoop:
                case Return result when !InScope(result.Value, names):
                    return false;
                case If branch:
                    var inBranch = names with { AllowsJumps = false };
                    if (!InScope(branch.Test, names) || !BlockHolds(branch.Then, inBranch) || !BlockHolds(branch.Else, inBranch))
                    {
                        return false;
                    }

                    if (!isLast && AlwaysReturns(ImmutableArray.Create<Statement>(branch)))
                    {
                        return false;
                    }

                    break;
                case For loop:
                    var bounded = loop.End.Kind switch
                    {
                        BoundKind.Count => names.Program.Count is not null,
                        BoundKind.Length => names.Program.Sequence is not null,
                        BoundKind.Index => names.Integers.Contains(loop.End.Index!),
                        _ => true,
                    };
                    var overElements = loop.End.Kind == BoundKind.Length && loop.Start >= 0 && !loop.Inclusive;
                    var inFor = names with
                    {
                        Integers = names.Integers.Add(loop.Index),
                        ElementIndices = overElements ? names.ElementIndices.Add(loop.Index) : names.ElementIndices.Remove(loop.Index),
                        InLoop = true,
                        AllowsJumps = true,
                    };
                    if (!bounded || names.Integers.Contains(loop.Index) || !BlockHolds(loop.Body, inFor))
                    {
                        return false;
                    }

                    break;
                case ForEach loop:
                    var inForEach = names with { Doubles = names.Doubles.Add(loop.Item), InLoop = true, AllowsJumps = true };
                    if (names.Program.Sequence is null || names.Doubles.Contains(loop.Item) || !BlockHolds(loop.Body, inForEach))
                    {
                        return false;
                    }

                    break;
                case While loop:
                    var counted = names with { Doubles = names.Doubles.Add(loop.Counter) };
                    if (
                        names.Doubles.Contains(loop.Counter)
                        || !InScope(loop.Test, counted)
                        || !BlockHolds(loop.Body, counted with { InLoop = true, AllowsJumps = true })
                    )
                    {
                        return false;
                    }

                    names = counted with { Assignable = names.Assignable.Add(loop.Counter) };
                    break;
                case Jump jump:
                    if (!names.AllowsJumps || !InScope(jump.Test, names) || !BlockHolds(jump.Before, names with { AllowsJumps = false }))
                    {
                        return false;
                    }

                    break;
            }
        }

        return true;
    }

    private static bool AlwaysReturns(ImmutableArray<Statement> block) =>
        !block.IsEmpty
        && block[^1] switch
        {
            Return => true,
            If branch => AlwaysReturns(branch.Then) && AlwaysReturns(branch.Else),
            _ => false,
        };

    private static bool InScope(Condition condition, Names names) =>
        ProgramNodes.Operands(condition).All(operand => InScope(operand, names));

    private static bool InScope(Expr expression, Names names) =>
        ProgramNodes
            .Descendants(expression)
            .All(node =>
                node switch
                {
                    Variable variable => names.Doubles.Contains(variable.Name),
                    IntegerValue integer => names.Integers.Contains(integer.Name),
                    Element element => int.TryParse(element.Index, out var position)
                        ? position >= 0 && position < (names.Program.Sequence?.Length ?? 0)
                        : names.ElementIndices.Contains(element.Index),
                    _ => true,
                }
            );
}
