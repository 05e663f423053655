using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Perceptron.Gen.Tests.Properties.Programs;

namespace Perceptron.Gen.Tests.Properties.Reduction;

/// <summary>
/// One-step simplifications of a program's statements: drop a statement, replace an <c>if</c> by one of its blocks or
/// drop its <c>else</c>, the same inside nested blocks, and drop an unused last parameter. Loops (in
/// <c>StatementEdits.Loops.cs</c>) are unrolled to their body once or run fewer times. Some results break the rules of
/// <see cref="WellFormedness"/>; the reducer filters those out.
/// </summary>
public static partial class StatementEdits
{
    public static IEnumerable<RandomProgram> Of(RandomProgram program)
    {
        if (program.ParameterCount > 1 && !Uses(program, program.ParameterNames[^1]))
        {
            yield return program with
            {
                ParameterCount = program.ParameterCount - 1,
            };
        }

        foreach (var simpler in LoopInputEdits(program))
        {
            yield return simpler;
        }

        if (program.ExpressionBody is not null)
        {
            yield break;
        }

        foreach (var block in Blocks(program.Block, program))
        {
            yield return program with
            {
                Block = block,
            };
        }
    }

    private static IEnumerable<ImmutableArray<Statement>> Blocks(ImmutableArray<Statement> block, RandomProgram program)
    {
        for (var index = 0; index < block.Length; index++)
        {
            yield return block.RemoveAt(index);
        }

        for (var index = 0; index < block.Length; index++)
        {
            foreach (var simpler in LoopEdits(block, index, program))
            {
                yield return simpler;
            }

            if (block[index] is not If branch)
            {
                continue;
            }

            yield return block.RemoveAt(index).InsertRange(index, branch.Then);
            yield return block.RemoveAt(index).InsertRange(index, branch.Else);
            if (!branch.Else.IsEmpty)
            {
                yield return block.SetItem(index, branch with { Else = ImmutableArray<Statement>.Empty });
            }

            foreach (var then in Blocks(branch.Then, program))
            {
                yield return block.SetItem(index, branch with { Then = then });
            }

            foreach (var otherwise in Blocks(branch.Else, program))
            {
                yield return block.SetItem(index, branch with { Else = otherwise });
            }
        }
    }

    private static bool Uses(RandomProgram program, string name) =>
        ProgramNodes.Expressions(program).OfType<Variable>().Any(variable => variable.Name == name)
        || Targets(program.Block).Contains(name);

    private static IEnumerable<string> Targets(ImmutableArray<Statement> block) =>
        block.SelectMany(statement =>
            statement switch
            {
                Assign assign => new[] { assign.Name },
                Step step => new[] { step.Name },
                If branch => Targets(branch.Then).Concat(Targets(branch.Else)),
                For loop => Targets(loop.Body),
                ForEach loop => Targets(loop.Body),
                While loop => Targets(loop.Body),
                Jump jump => Targets(jump.Before),
                _ => Enumerable.Empty<string>(),
            }
        );
}
