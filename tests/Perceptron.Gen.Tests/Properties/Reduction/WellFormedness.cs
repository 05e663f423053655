using System.Collections.Immutable;
using System.Linq;
using Perceptron.Gen.Tests.Properties.Programs;

namespace Perceptron.Gen.Tests.Properties.Reduction;

/// <summary>
/// The rules every generated program keeps, checked for a reduced one: names are in scope where used, a <c>return</c>
/// ends its block, nothing follows a statement that returns on every path, and the method returns on every path.
/// </summary>
public static class WellFormedness
{
    public static bool Holds(RandomProgram program)
    {
        var parameters = program.ParameterNames;
        if (program.ExpressionBody is { } body)
        {
            return InScope(body, parameters);
        }

        return BlockHolds(program.Block, parameters, parameters) && AlwaysReturns(program.Block);
    }

    /// <summary>Whether the block's statements are well formed where <paramref name="names"/> are in scope.</summary>
    private static bool BlockHolds(ImmutableArray<Statement> block, ImmutableArray<string> names, ImmutableArray<string> assignable)
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

                    names = names.Add(declare.Name);
                    assignable = declare.IsConst ? assignable : assignable.Add(declare.Name);
                    break;
                case Assign assign when !assignable.Contains(assign.Name) || !InScope(assign.Value, names):
                case Step step when !assignable.Contains(step.Name):
                case Return when !isLast:
                case Return result when !InScope(result.Value, names):
                    return false;
                case If branch:
                    var testInScope = ProgramNodes.Operands(branch.Test).All(operand => InScope(operand, names));
                    if (!testInScope || !BlockHolds(branch.Then, names, assignable) || !BlockHolds(branch.Else, names, assignable))
                    {
                        return false;
                    }

                    if (!isLast && AlwaysReturns(ImmutableArray.Create<Statement>(branch)))
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

    private static bool InScope(Expr expression, ImmutableArray<string> names) =>
        ProgramNodes.Descendants(expression).OfType<Variable>().All(variable => names.Contains(variable.Name));
}
