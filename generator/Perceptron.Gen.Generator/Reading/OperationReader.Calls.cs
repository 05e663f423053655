using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Perceptron.Gen.Generator.Model;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Reading;

/// <summary>Calls to other differentiable methods, recursion included, and the guards that keep branches lazy.</summary>
internal sealed partial class OperationReader
{
    /// <summary>The condition under which the code being read runs, inside branches and <c>?:</c>; null at the top.</summary>
    private Condition? guard;

    /// <summary>
    /// A call becomes a local of its own, computed with its partial derivatives by the callee's gradient method. Under a
    /// guard the call runs only where the guard holds, so a recursive call in a branch not taken never runs.
    /// </summary>
    private Expr ReadUserCall(IInvocationOperation invocation)
    {
        var callee = invocation.TargetMethod;
        var (derivative, problem) = CalleeResolver.Resolve(callee, callerType, realType);
        if (derivative is null)
        {
            return Unsupported(invocation, problem!);
        }

        var arguments = invocation.Arguments.OrderBy(argument => argument.Parameter?.Ordinal ?? 0).ToList();
        var values = arguments
            .Select(argument =>
                argument.Value.Type?.SpecialType == SpecialType.System_Int32
                    ? new IntValue(ReadInteger(argument.Value))
                    : ReadExpression(argument.Value)
            )
            .ToList();
        for (var index = 0; index < values.Count; index++)
        {
            var isDouble = callee.Parameters[index].Type.SpecialType == realType;
            if (isDouble && !derivative.HasPartial[index] && values[index] is not Constant)
            {
                // Issue #3 note: without a dependency analysis any non-constant argument might carry a derivative.
                return Unsupported(
                    arguments[index].Value,
                    $"passing a value that may depend on differentiated parameters to '{callee.Parameters[index].Name}' of '{callee.Name}', which its [Differentiable] leaves out"
                );
            }
        }

        var resultName = names.Unique(char.ToLowerInvariant(callee.Name[0]) + callee.Name.Substring(1));
        var partialNames = callee
            .Parameters.Select(
                (parameter, index) =>
                    derivative.HasPartial[index] ? names.Unique(resultName + "D" + NameScope.ToPascalCase(parameter.Name)) : string.Empty
            )
            .ToEquatableArray();
        var call = new UserCall(
            callee.ContainingType.ToDisplayString() + "." + callee.Name,
            derivative.Gradient,
            values.ToEquatableArray(),
            partialNames,
            resultName
        );
        locals.Add(new Assignment(resultName, call, callee.Name, guard));
        return new Variable(resultName);
    }

    /// <summary>Reads a branch of a <c>?:</c> under its test, so that any call in it runs only when that branch is taken.</summary>
    private Expr ReadGuarded(IOperation branch, Condition test, bool taken)
    {
        var outer = guard;
        guard = Guarded(outer, taken ? test : Negation(test));
        var value = ReadExpression(branch);
        guard = outer;
        return value;
    }

    private static Condition Guarded(Condition? outer, Condition test) => outer is null ? test : new Logical(true, outer, test);

    /// <summary><c>!test</c>, with a double negation removed: the else of <c>if (!(b &lt; a))</c> is <c>b &lt; a</c>.</summary>
    private static Condition Negation(Condition test) =>
        test switch
        {
            Not not => not.Operand,
            Truth truth => truth.Value ? Truth.False : Truth.True,
            _ => new Not(test),
        };
}
