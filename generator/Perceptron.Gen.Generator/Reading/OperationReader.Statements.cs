using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Perceptron.Gen.Generator.Diagnostics;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Reading;

/// <summary>Statements: local declarations, assignments to locals, and the final return.</summary>
internal sealed partial class OperationReader
{
    /// <summary>Reads one statement; false when the code is invalid and reading must stop quietly.</summary>
    private bool ReadStatement(IOperation statement)
    {
        if (allPathsReturned)
        {
            // Statements after the return are unreachable; the compiler warns about them.
            return true;
        }

        switch (statement)
        {
            case IMethodBodyOperation methodBody:
                return ReadStatement((IOperation?)methodBody.BlockBody ?? methodBody.ExpressionBody!);

            case IBlockOperation block:
                return ReadStatements(block.Operations, 0);

            case IVariableDeclarationGroupOperation group:
                return ReadDeclarations(group);

            case IExpressionStatementOperation expressionStatement:
                return ReadAssignment(expressionStatement);

            case IReturnOperation { ReturnedValue: { } returned } when loopDepth > 0:
                // Issue #3 lists early exits from loops; until then the loop must run to its end.
                Report(DiagnosticDescriptors.UnsupportedStatement, statement.Syntax, methodName, "a 'return' inside a loop");
                return true;

            case IReturnOperation { ReturnedValue: { } returned }:
                Return(ReadExpression(returned));
                return !hasInvalidCode;

            case IForLoopOperation forLoop when allowLoops:
                return ReadForLoop(forLoop);

            case IForEachLoopOperation forEachLoop when allowLoops:
                return ReadForEachLoop(forEachLoop);

            case IWhileLoopOperation whileLoop when allowLoops:
                return ReadWhileLoop(whileLoop);

            case IConditionalOperation { WhenTrue: { } whenTrue } branch
                when branch.Type is null or { SpecialType: SpecialType.System_Void }:
                return ReadIf(
                    branch.Condition,
                    () => ReadStatement(whenTrue),
                    branch.WhenFalse is { } whenFalse ? () => ReadStatement(whenFalse) : null
                );

            case IBranchOperation { BranchKind: BranchKind.Continue } when loopDepth > 0:
                // A continue that ends the body does nothing; others were folded into the branch before them.
                return true;

            case IEmptyOperation:
                return true;

            case IInvalidOperation:
                return false;

            default:
                Report(
                    DiagnosticDescriptors.UnsupportedStatement,
                    statement.Syntax,
                    methodName,
                    ConstructNames.OfStatement(statement.Syntax)
                );
                return true;
        }
    }

    private bool ReadDeclarations(IVariableDeclarationGroupOperation group)
    {
        foreach (var declaration in group.Declarations)
        {
            foreach (var declarator in declaration.Declarators)
            {
                var local = declarator.Symbol;
                if (local.IsConst)
                {
                    // Reads of a constant carry its value; nothing to assign.
                    continue;
                }

                if (local.Type.TypeKind == TypeKind.Error)
                {
                    return false;
                }

                if (local.IsRef)
                {
                    Report(DiagnosticDescriptors.UnsupportedStatement, group.Syntax, methodName, $"the ref local '{local.Name}'");
                    continue;
                }

                if (
                    local.Type.SpecialType == SpecialType.System_Int32
                    && (declarator.Initializer ?? declaration.Initializer) is { } integerInitializer
                )
                {
                    // An int local stands for its value wherever it is read; it must not change afterwards.
                    integers[local] = ReadInteger(integerInitializer.Value);
                    continue;
                }

                if (local.Type.SpecialType != realType)
                {
                    var typeSyntax = (declarator.Syntax.Parent as VariableDeclarationSyntax)?.Type ?? declarator.Syntax;
                    var real = realType == SpecialType.System_Single ? "float" : "double";
                    Report(
                        DiagnosticDescriptors.UnsupportedType,
                        typeSyntax,
                        $"Local '{local.Name}'",
                        methodName,
                        local.Type.ToDisplayString(),
                        $"locals are {real}, or int with an initial value that never changes"
                    );
                    localsOfUnsupportedType.Add(local);
                    continue;
                }

                var initializer = declarator.Initializer ?? declaration.Initializer;
                if (initializer is not null)
                {
                    Assign(local, ReadExpression(initializer.Value));
                }
            }
        }

        return !hasInvalidCode;
    }

    private bool ReadAssignment(IExpressionStatementOperation statement)
    {
        switch (statement.Operation)
        {
            case ISimpleAssignmentOperation { Target: var target } assignment when AssignedSymbol(target) is { } symbol:
                Assign(symbol, ReadExpression(assignment.Value));
                break;

            case ICompoundAssignmentOperation { Target: var target } compound when AssignedSymbol(target) is { } symbol:
                if (compound.OperatorMethod is null && ToBinaryOperator(compound.OperatorKind) is { } op)
                {
                    Assign(symbol, new Binary(op, ReadExpression(target), ReadExpression(compound.Value)));
                }
                else
                {
                    var operatorText = (compound.Syntax as AssignmentExpressionSyntax)?.OperatorToken.Text
                        ?? compound.OperatorKind.ToString();
                    Report(DiagnosticDescriptors.UnsupportedExpression, compound.Syntax, methodName, $"the '{operatorText}' operator");
                }

                break;

            case IIncrementOrDecrementOperation { Target: var target } step when AssignedSymbol(target) is { } symbol:
                var isIncrement = step.Kind == OperationKind.Increment;
                Assign(
                    symbol,
                    new Binary(isIncrement ? BinaryOperator.Add : BinaryOperator.Subtract, ReadExpression(target), Constant.One)
                );
                break;

            case IInvalidOperation:
                return false;

            // A local whose type is reported where it is declared: a change to it would only repeat that report.
            case IAssignmentOperation { Target: ILocalReferenceOperation changed } when localsOfUnsupportedType.Contains(changed.Local):
            case IIncrementOrDecrementOperation { Target: ILocalReferenceOperation stepped }
                when localsOfUnsupportedType.Contains(stepped.Local):
                break;

            default:
                Report(
                    DiagnosticDescriptors.UnsupportedStatement,
                    statement.Syntax,
                    methodName,
                    ConstructNames.OfStatement(statement.Syntax)
                );
                break;
        }

        return !hasInvalidCode;
    }

    /// <summary>A return on the current path: earlier returns keep their value, this one covers the rest.</summary>
    private void Return(Expr value)
    {
        returnValue = returnedWhen is null || returnValue is null ? value : Build.Branch(returnedWhen, returnValue, value);
        returnedWhen = Truth.True;
        allPathsReturned = true;
    }

    /// <summary>
    /// Reads <c>if</c>/<c>else</c> into single-assignment form: both branches are read from the same state, a variable
    /// they leave different gets a new value <c>test ? then : else</c>, and a return inside a branch is recorded with the
    /// condition under which it happened, so the method's result selects it.
    /// </summary>
    /// <summary>
    /// Reads statements from <paramref name="start"/> on. In a loop body, <c>if (test) { …; continue; }</c> and
    /// <c>if (test) { …; break; }</c> are read as <c>if (test) { … } else { the rest of the body }</c>; a break also
    /// ends the loop after this iteration when its test holds.
    /// </summary>
    private bool ReadStatements(System.Collections.Immutable.ImmutableArray<IOperation> statements, int start)
    {
        for (var index = start; index < statements.Length; index++)
        {
            if (
                loopDepth > 0
                && statements[index] is IConditionalOperation { WhenFalse: null } branch
                && EndsWithJump(branch.WhenTrue) is { } jump
            )
            {
                if (statementsFollowInLoopBody)
                {
                    // The jump would have to skip those statements too; only the rest of its own block is skipped here.
                    Report(
                        DiagnosticDescriptors.UnsupportedStatement,
                        branch.Syntax,
                        methodName,
                        "an 'if' with a 'break' or 'continue' inside another statement that is followed by more of the loop body"
                    );
                    return true;
                }

                var rest = index + 1;
                var test = ReadCondition(branch.Condition);
                if (jump == BranchKind.Break)
                {
                    loopExit = loopExit is null ? Guarded(guard, test) : new Logical(false, loopExit, Guarded(guard, test));
                }

                return ReadIf(test, () => ReadJumpBranch(branch.WhenTrue), () => ReadStatements(statements, rest));
            }

            if (
                statements[index] is IBranchOperation { BranchKind: BranchKind.Break or BranchKind.Continue } jumpStatement
                && index != statements.Length - 1
            )
            {
                Report(
                    DiagnosticDescriptors.UnsupportedStatement,
                    jumpStatement.Syntax,
                    methodName,
                    "a 'break' or 'continue' before the end of its block"
                );
                continue;
            }

            var followedBefore = statementsFollowInLoopBody;
            statementsFollowInLoopBody = followedBefore || (loopDepth > 0 && index < statements.Length - 1);
            var readable = ReadStatement(statements[index]);
            statementsFollowInLoopBody = followedBefore;
            if (!readable)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><see cref="BranchKind.Break"/> or <see cref="BranchKind.Continue"/> when a branch ends with one.</summary>
    private static BranchKind? EndsWithJump(IOperation branch) =>
        branch switch
        {
            IBranchOperation { BranchKind: BranchKind.Break or BranchKind.Continue } jump => jump.BranchKind,
            IBlockOperation { Operations: [.., IBranchOperation { BranchKind: BranchKind.Break or BranchKind.Continue } jump] } =>
                jump.BranchKind,
            _ => null,
        };

    /// <summary>The statements of a branch that ends with a jump, without the jump.</summary>
    private bool ReadJumpBranch(IOperation branch) =>
        branch is IBlockOperation block ? ReadStatements(block.Operations.RemoveAt(block.Operations.Length - 1), 0) : true;

    private bool ReadIf(IOperation testOperation, System.Func<bool> readThen, System.Func<bool>? readElse) =>
        ReadIf(ReadCondition(testOperation), readThen, readElse);

    private bool ReadIf(Condition test, System.Func<bool> readThen, System.Func<bool>? readElse)
    {
        var before = new Dictionary<ISymbol, string>(currentNames, SymbolEqualityComparer.Default);
        var (outerReturnedWhen, outerReturnValue) = (returnedWhen, returnValue);

        var thenBranch = ReadBranch(readThen, before, test);
        var elseBranch = readElse is null ? new BranchState(before, null, null, false) : ReadBranch(readElse, before, Negation(test));
        if (hasInvalidCode)
        {
            return false;
        }

        // Variables: a path that returned has no say in what follows. A local declared inside one branch is out of
        // scope after it and is dropped; one declared before and assigned in both gets the selected value.
        currentNames = new Dictionary<ISymbol, string>(before, SymbolEqualityComparer.Default);
        var symbols = thenBranch.Names.Keys.Union(elseBranch.Names.Keys, SymbolEqualityComparer.Default).ToList();
        foreach (var symbol in symbols)
        {
            var inThen = thenBranch.Names.TryGetValue(symbol, out var thenName) && !thenBranch.AllReturned;
            var inElse = elseBranch.Names.TryGetValue(symbol, out var elseName) && !elseBranch.AllReturned;
            if (inThen && inElse && thenName != elseName)
            {
                Assign(symbol, Build.Branch(test, new Variable(thenName!), new Variable(elseName!)));
            }
            else if (inThen && (inElse || elseBranch.AllReturned || before.ContainsKey(symbol)))
            {
                currentNames[symbol] = inElse ? elseName! : thenName!;
            }
            else if (inElse && (thenBranch.AllReturned || before.ContainsKey(symbol)))
            {
                currentNames[symbol] = elseName!;
            }
        }

        // Returns: the branch's returns count where the test selected that branch, after any earlier return.
        var thenReturned = thenBranch.ReturnedWhen is { } thenCondition ? And(test, thenCondition) : null;
        var elseReturned = elseBranch.ReturnedWhen is { } elseCondition ? And(Negation(test), elseCondition) : null;
        var branchReturned = Or(thenReturned, elseReturned);
        var branchValue = (thenBranch.ReturnValue, elseBranch.ReturnValue) switch
        {
            ({ } both, { } other) => Build.Branch(test, both, other),
            ({ } onlyThen, null) => onlyThen,
            (null, var onlyElse) => onlyElse,
        };

        returnedWhen = Or(outerReturnedWhen, branchReturned);
        returnValue = (outerReturnedWhen, outerReturnValue, branchValue) switch
        {
            ({ } earlier, { } earlierValue, { } value) => Build.Branch(earlier, earlierValue, value),
            (_, var earlierValue, var value) => value ?? earlierValue,
        };
        allPathsReturned = thenBranch.AllReturned && elseBranch.AllReturned;

        // What follows runs only on the paths that did not return: a recursive call after `if (n <= 1) return x;`
        // must not run when n <= 1.
        if (branchReturned is not null && !allPathsReturned)
        {
            guard = Guarded(guard, Negation(branchReturned));
        }

        return true;
    }

    private BranchState ReadBranch(System.Func<bool> readBranch, Dictionary<ISymbol, string> before, Condition test)
    {
        currentNames = new Dictionary<ISymbol, string>(before, SymbolEqualityComparer.Default);
        (returnedWhen, returnValue, allPathsReturned) = (null, null, false);

        // The branch's locals are computed only where it is taken.
        var outer = guard;
        guard = Guarded(outer, test);
        readBranch();
        guard = outer;
        return new BranchState(currentNames, returnedWhen, returnValue, allPathsReturned);
    }

    private static Condition? And(Condition left, Condition right) =>
        right is Truth { Value: true } ? left : new Logical(true, left, right);

    private static Condition? Or(Condition? left, Condition? right) =>
        (left, right) switch
        {
            (null, _) => right,
            (_, null) => left,
            (Truth { Value: true }, _) or (_, Truth { Value: true }) => Truth.True,
            _ => new Logical(false, left, right),
        };

    /// <summary>What one branch of an <c>if</c> left behind.</summary>
    private sealed record BranchState(Dictionary<ISymbol, string> Names, Condition? ReturnedWhen, Expr? ReturnValue, bool AllReturned);

    /// <summary>The local or parameter an assignment writes, when it is a double one; other targets are not supported.</summary>
    private ISymbol? AssignedSymbol(IOperation target) =>
        target switch
        {
            ILocalReferenceOperation local when local.Local.Type.SpecialType == realType => local.Local,
            IParameterReferenceOperation parameter when parameter.Parameter.Type.SpecialType == realType => parameter.Parameter,
            _ => null,
        };
}
