using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Perceptron.Gen.Generator.Diagnostics;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Reading;

/// <summary>Expressions: constants, parameters, locals, arithmetic and <c>Math.Pow</c> with a constant exponent.</summary>
internal sealed partial class OperationReader
{
    /// <summary>Set when the operation tree holds code that does not compile; the compiler reports it, so we stay quiet.</summary>
    private bool hasInvalidCode;

    private Expr ReadExpression(IOperation operation)
    {
        if (operation is IInvalidOperation || operation.Type?.TypeKind == TypeKind.Error)
        {
            hasInvalidCode = true;
            return Constant.Zero;
        }

        // A compile-time constant is taken as the compiler computed it, in the compiler's own arithmetic: -1 / 5 is 0.
        if (operation.ConstantValue is { HasValue: true, Value: var value } && IsNumber(value))
        {
            return new Constant(Convert.ToDouble(value, CultureInfo.InvariantCulture));
        }

        switch (operation)
        {
            case IConversionOperation { Operand.Type.SpecialType: SpecialType.System_Double } conversion:
                return ReadExpression(conversion.Operand);

            case IParameterReferenceOperation parameter when parameter.Type?.SpecialType == SpecialType.System_Double:
                return new Variable(currentNames[parameter.Parameter]);

            case ILocalReferenceOperation local when local.Type?.SpecialType == SpecialType.System_Double:
                if (currentNames.TryGetValue(local.Local, out var localName))
                {
                    return new Variable(localName);
                }

                // Read before it is assigned: the compiler reports CS0165.
                hasInvalidCode = true;
                return Constant.Zero;

            case IBinaryOperation { OperatorMethod: null } binary
                when binary.Type?.SpecialType == SpecialType.System_Double && ToBinaryOperator(binary.OperatorKind) is { } op:
                return new Binary(op, ReadExpression(binary.LeftOperand), ReadExpression(binary.RightOperand));

            case IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Minus } minus
                when minus.Type?.SpecialType == SpecialType.System_Double:
                return new Negate(ReadExpression(minus.Operand));

            case IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Plus } plus
                when plus.Type?.SpecialType == SpecialType.System_Double:
                return ReadExpression(plus.Operand);

            case IParenthesizedOperation parenthesized:
                return ReadExpression(parenthesized.Operand);

            case IInvocationOperation invocation:
                return ReadInvocation(invocation);

            default:
                return Unsupported(operation, ConstructNames.OfExpression(operation));
        }
    }

    private Expr ReadInvocation(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var isMathPow = method.Name == "Pow"
            && method.ContainingType.ToDisplayString() == "System.Math"
            && invocation.Arguments.Length == 2;
        if (!isMathPow)
        {
            return Unsupported(invocation, ConstructNames.OfExpression(invocation));
        }

        var exponent = invocation.Arguments[1].Value;
        if (exponent.ConstantValue is not { HasValue: true, Value: var exponentValue } || !IsNumber(exponentValue))
        {
            // Issue #3 lifts this: a variable exponent differentiates through the logarithm.
            return Unsupported(exponent, "Math.Pow with an exponent that is not a compile-time constant");
        }

        var @base = ReadExpression(invocation.Arguments[0].Value);
        return new Power(@base, Convert.ToDouble(exponentValue, CultureInfo.InvariantCulture));
    }

    private Expr Unsupported(IOperation operation, string construct)
    {
        Report(DiagnosticDescriptors.UnsupportedExpression, operation.Syntax, methodName, construct);
        return Constant.Zero;
    }

    private static BinaryOperator? ToBinaryOperator(BinaryOperatorKind kind) =>
        kind switch
        {
            BinaryOperatorKind.Add => BinaryOperator.Add,
            BinaryOperatorKind.Subtract => BinaryOperator.Subtract,
            BinaryOperatorKind.Multiply => BinaryOperator.Multiply,
            BinaryOperatorKind.Divide => BinaryOperator.Divide,
            _ => null,
        };

    private static bool IsNumber(object? value) =>
        value is double or float or decimal or int or uint or long or ulong or short or ushort or byte or sbyte;
}
