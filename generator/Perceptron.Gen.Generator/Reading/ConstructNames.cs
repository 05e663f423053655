using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Perceptron.Gen.Generator.Reading;

/// <summary>Names a construct in the words a C# developer uses, for diagnostics: "an 'if' statement", "a call to 'Math.Sin'".</summary>
internal static class ConstructNames
{
    public static string OfStatement(SyntaxNode statement) =>
        statement.Kind() switch
        {
            SyntaxKind.IfStatement => "an 'if' statement",
            SyntaxKind.ForStatement => "a 'for' loop",
            SyntaxKind.ForEachStatement or SyntaxKind.ForEachVariableStatement => "a 'foreach' loop",
            SyntaxKind.WhileStatement => "a 'while' loop",
            SyntaxKind.DoStatement => "a 'do' loop",
            SyntaxKind.SwitchStatement => "a 'switch' statement",
            SyntaxKind.TryStatement => "a 'try' statement",
            SyntaxKind.ThrowStatement => "a 'throw' statement",
            SyntaxKind.GotoStatement or SyntaxKind.GotoCaseStatement or SyntaxKind.GotoDefaultStatement => "a 'goto' statement",
            SyntaxKind.LabeledStatement => "a labeled statement",
            SyntaxKind.UsingStatement => "a 'using' statement",
            SyntaxKind.LockStatement => "a 'lock' statement",
            SyntaxKind.FixedStatement => "a 'fixed' statement",
            SyntaxKind.UnsafeStatement => "an 'unsafe' block",
            SyntaxKind.CheckedStatement or SyntaxKind.UncheckedStatement => "a 'checked' block",
            SyntaxKind.LocalFunctionStatement => "a local function",
            SyntaxKind.YieldReturnStatement or SyntaxKind.YieldBreakStatement => "'yield'",
            SyntaxKind.BreakStatement => "'break'",
            SyntaxKind.ContinueStatement => "'continue'",
            SyntaxKind.ReturnStatement => "a 'return' without a value",
            SyntaxKind.ExpressionStatement => DescribeExpressionStatement((ExpressionStatementSyntax)statement),
            _ => $"this statement ({statement.Kind()})",
        };

    public static string OfExpression(IOperation operation) =>
        operation switch
        {
            IInvocationOperation invocation => $"a call to '{invocation.TargetMethod.ContainingType.Name}.{invocation.TargetMethod.Name}'",
            IConditionalOperation => "the conditional operator '?:'",
            IBinaryOperation { OperatorMethod: not null } binary => $"the user-defined operator '{OperatorText(binary.Syntax)}'",
            IBinaryOperation binary => $"the '{OperatorText(binary.Syntax)}' operator",
            IUnaryOperation unary => $"the unary '{OperatorText(unary.Syntax)}' operator",
            IFieldReferenceOperation field => $"reading the field '{field.Field.Name}'",
            IPropertyReferenceOperation property => $"reading the property '{property.Property.Name}'",
            IArrayElementReferenceOperation => "indexing an array",
            IAssignmentOperation => "an assignment inside an expression",
            IIncrementOrDecrementOperation => "'++' or '--' inside an expression",
            IConversionOperation conversion => $"a value of type '{conversion.Operand.Type?.ToDisplayString() ?? "unknown"}'",
            IParameterReferenceOperation parameter =>
                $"the parameter '{parameter.Parameter.Name}' of type '{parameter.Type?.ToDisplayString()}'",
            ILocalReferenceOperation local => $"the local '{local.Local.Name}' of type '{local.Type?.ToDisplayString()}'",
            IObjectCreationOperation => "creating an object",
            IAnonymousFunctionOperation => "a lambda",
            IThrowOperation => "a 'throw' expression",
            ISwitchExpressionOperation => "a 'switch' expression",
            _ => $"this expression ({operation.Kind})",
        };

    private static string DescribeExpressionStatement(ExpressionStatementSyntax statement) =>
        statement.Expression switch
        {
            AssignmentExpressionSyntax assignment => $"an assignment to '{assignment.Left}'",
            InvocationExpressionSyntax invocation => $"a call to '{invocation.Expression}' as a statement",
            _ => "an expression statement",
        };

    private static string OperatorText(SyntaxNode syntax) =>
        syntax switch
        {
            BinaryExpressionSyntax binary => binary.OperatorToken.Text,
            PrefixUnaryExpressionSyntax prefix => prefix.OperatorToken.Text,
            PostfixUnaryExpressionSyntax postfix => postfix.OperatorToken.Text,
            _ => syntax.ToString(),
        };
}
