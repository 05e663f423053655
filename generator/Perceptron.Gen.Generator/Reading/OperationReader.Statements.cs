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
        if (result is not null)
        {
            // Statements after the return are unreachable; the compiler warns about them.
            return true;
        }

        switch (statement)
        {
            case IMethodBodyOperation methodBody:
                return ReadStatement((IOperation?)methodBody.BlockBody ?? methodBody.ExpressionBody!);

            case IBlockOperation block:
                foreach (var inner in block.Operations)
                {
                    if (!ReadStatement(inner))
                    {
                        return false;
                    }
                }

                return true;

            case IVariableDeclarationGroupOperation group:
                return ReadDeclarations(group);

            case IExpressionStatementOperation expressionStatement:
                return ReadAssignment(expressionStatement);

            case IReturnOperation { ReturnedValue: { } returned }:
                result = ReadExpression(returned);
                return !hasInvalidCode;

            case IEmptyOperation:
                return true;

            case IInvalidOperation:
                return false;

            default:
                Report(DiagnosticDescriptors.UnsupportedStatement, statement.Syntax, methodName, ConstructNames.OfStatement(statement.Syntax));
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

                if (local.Type.SpecialType != SpecialType.System_Double)
                {
                    var typeSyntax = (declarator.Syntax.Parent as VariableDeclarationSyntax)?.Type ?? declarator.Syntax;
                    Report(DiagnosticDescriptors.UnsupportedType, typeSyntax, $"Local '{local.Name}'", methodName, local.Type.ToDisplayString());
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
                    var operatorText = (compound.Syntax as AssignmentExpressionSyntax)?.OperatorToken.Text ?? compound.OperatorKind.ToString();
                    Report(DiagnosticDescriptors.UnsupportedExpression, compound.Syntax, methodName, $"the '{operatorText}' operator");
                }

                break;

            case IIncrementOrDecrementOperation { Target: var target } step when AssignedSymbol(target) is { } symbol:
                var isIncrement = step.Kind == OperationKind.Increment;
                Assign(symbol, new Binary(isIncrement ? BinaryOperator.Add : BinaryOperator.Subtract, ReadExpression(target), Constant.One));
                break;

            case IInvalidOperation:
                return false;

            default:
                Report(DiagnosticDescriptors.UnsupportedStatement, statement.Syntax, methodName, ConstructNames.OfStatement(statement.Syntax));
                break;
        }

        return !hasInvalidCode;
    }

    /// <summary>The local or parameter an assignment writes, when it is a double one; other targets are not supported.</summary>
    private static ISymbol? AssignedSymbol(IOperation target) =>
        target switch
        {
            ILocalReferenceOperation { Local.Type.SpecialType: SpecialType.System_Double } local => local.Local,
            IParameterReferenceOperation { Parameter.Type.SpecialType: SpecialType.System_Double } parameter => parameter.Parameter,
            _ => null,
        };
}
