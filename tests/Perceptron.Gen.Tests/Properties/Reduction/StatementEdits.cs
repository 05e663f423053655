using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Perceptron.Gen.Tests.Properties.Programs;

namespace Perceptron.Gen.Tests.Properties.Reduction;

/// <summary>
/// One-step simplifications of a program's statements: drop a statement, replace an <c>if</c> by one of its blocks or
/// drop its <c>else</c>, the same inside nested blocks, and drop an unused last parameter. Some results break the rules
/// of <see cref="WellFormedness"/>; the reducer filters those out.
/// </summary>
public static class StatementEdits
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

        if (program.ExpressionBody is not null)
        {
            yield break;
        }

        foreach (var block in Blocks(program.Block))
        {
            yield return program with
            {
                Block = block,
            };
        }
    }

    private static IEnumerable<ImmutableArray<Statement>> Blocks(ImmutableArray<Statement> block)
    {
        for (var index = 0; index < block.Length; index++)
        {
            yield return block.RemoveAt(index);
        }

        for (var index = 0; index < block.Length; index++)
        {
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

            foreach (var then in Blocks(branch.Then))
            {
                yield return block.SetItem(index, branch with { Then = then });
            }

            foreach (var otherwise in Blocks(branch.Else))
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
                _ => Enumerable.Empty<string>(),
            }
        );
}
