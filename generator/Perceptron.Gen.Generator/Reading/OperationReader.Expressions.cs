using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Perceptron.Gen.Generator.Diagnostics;
using Perceptron.Gen.Generator.Model;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Reading;

/// <summary>Expressions: constants, parameters, locals, arithmetic, the functions of <c>Math</c>, and <c>?:</c>.</summary>
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

        if (ReadElement(operation) is { } element)
        {
            return element;
        }

        // One report per cause: the local's type is reported where it is declared, and every read of it would repeat it.
        var read = operation is IConversionOperation { Operand: ILocalReferenceOperation converted } ? converted : operation;
        if (read is ILocalReferenceOperation readLocal && localsOfUnsupportedType.Contains(readLocal.Local))
        {
            return Constant.Zero;
        }

        // double and float do not mix: a float method computes in float throughout, as its caller expects.
        if (
            operation is IConversionOperation { Operand.Type.SpecialType: SpecialType.System_Double or SpecialType.System_Single } mixed
            && mixed.Operand.Type.SpecialType != realType
        )
        {
            operation = mixed.Operand;
        }

        if (operation.Type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single && operation.Type.SpecialType != realType)
        {
            var real = realType == SpecialType.System_Single ? "float" : "double";
            return Unsupported(
                operation,
                $"a {operation.Type.ToDisplayString()} value in a method that computes in {real} (use {real} throughout, with literals such as 2.5f and MathF)"
            );
        }

        switch (operation)
        {
            case IConversionOperation conversion when conversion.Operand.Type?.SpecialType == realType:
                return ReadExpression(conversion.Operand);

            // Math.Sign returns an int; converted to a double it is a step function like the others.
            case IConversionOperation { Operand: IInvocationOperation { TargetMethod.Name: "Sign" } sign } when IsMathCall(sign):
                return ReadInvocation(sign);

            case IConversionOperation { Operand.Type.SpecialType: SpecialType.System_Int32 } count:
                return new IntValue(ReadInteger(count.Operand));

            case IParameterReferenceOperation parameter when parameter.Type?.SpecialType == realType:
                return new Variable(currentNames[parameter.Parameter]);

            case ILocalReferenceOperation local when local.Type?.SpecialType == realType:
                if (currentNames.TryGetValue(local.Local, out var localName))
                {
                    return new Variable(localName);
                }

                // Read before it is assigned: the compiler reports CS0165.
                hasInvalidCode = true;
                return Constant.Zero;

            case IBinaryOperation { OperatorMethod: null } binary
                when binary.Type?.SpecialType == realType && ToBinaryOperator(binary.OperatorKind) is { } op:
                return new Binary(op, ReadExpression(binary.LeftOperand), ReadExpression(binary.RightOperand));

            case IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Minus } minus
                when minus.Type?.SpecialType == realType:
                return new Negate(ReadExpression(minus.Operand));

            case IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Plus } plus
                when plus.Type?.SpecialType == realType:
                return ReadExpression(plus.Operand);

            case IParenthesizedOperation parenthesized:
                return ReadExpression(parenthesized.Operand);

            case IInvocationOperation invocation:
                return ReadInvocation(invocation);

            case IConditionalOperation { WhenFalse: { } whenFalse } conditional when conditional.Type?.SpecialType == realType:
                var test = ReadCondition(conditional.Condition);
                return new Conditional(test, ReadGuarded(conditional.WhenTrue, test, true), ReadGuarded(whenFalse, test, false));

            default:
                return Unsupported(operation, ConstructNames.OfExpression(operation));
        }
    }

    private Expr ReadInvocation(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (!IsMathCall(invocation))
        {
            return ReadUserCall(invocation);
        }

        if (MathFunctions.Find(method, realType) is not { } function)
        {
            return Unsupported(invocation, ConstructNames.OfExpression(invocation));
        }

        // Math.Pow with a constant exponent is a power: its derivative never goes through a logarithm.
        if (
            function == MathFunction.Pow
            && invocation.Arguments[1].Value.ConstantValue is { HasValue: true, Value: var exponent }
            && IsNumber(exponent)
        )
        {
            return new Power(ReadExpression(invocation.Arguments[0].Value), Convert.ToDouble(exponent, CultureInfo.InvariantCulture));
        }

        if (function == MathFunction.ScaleB && invocation.Arguments[1].Value.ConstantValue is not { HasValue: true, Value: int })
        {
            // Issue #3 lifts this with int parameters: the power of two must be known here to be printed.
            return Unsupported(invocation.Arguments[1].Value, "Math.ScaleB with a power of two that is not a compile-time constant");
        }

        var arguments = invocation
            .Arguments.OrderBy(argument => argument.Parameter?.Ordinal ?? 0)
            .Select(argument => ReadExpression(argument.Value))
            .ToEquatableArray();
        var call = new Call(function, arguments);
        if (function is MathFunction.Sign or MathFunction.Clamp)
        {
            // Math.Sign throws on NaN and Math.Clamp on crossed bounds: each gets a local of its own, computed under the
            // guard of its branch, so that no later step (a derivative, a shared subexpression) evaluates it elsewhere.
            var name = names.Unique(function == MathFunction.Sign ? "sign" : "clamped");
            locals.Add(new Assignment(name, call, name, guard));
            return new Variable(name);
        }

        return call;
    }

    /// <summary>Reads the test of a branch or a <c>?:</c>: comparisons of doubles joined by <c>&amp;&amp;</c>, <c>||</c> and <c>!</c>.</summary>
    private Condition ReadCondition(IOperation operation)
    {
        if (operation is IInvalidOperation || operation.Type?.TypeKind == TypeKind.Error)
        {
            hasInvalidCode = true;
            return Truth.False;
        }

        if (operation.ConstantValue is { HasValue: true, Value: bool constant })
        {
            return constant ? Truth.True : Truth.False;
        }

        switch (operation)
        {
            case IBinaryOperation
            {
                OperatorMethod: null,
                OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr
            } logical:
                var isAnd = logical.OperatorKind == BinaryOperatorKind.ConditionalAnd;
                return new Logical(isAnd, ReadCondition(logical.LeftOperand), ReadCondition(logical.RightOperand));

            case IBinaryOperation { OperatorMethod: null } comparison
                when ToComparison(comparison.OperatorKind) is { } op
                    && IsDouble(comparison.LeftOperand)
                    && IsDouble(comparison.RightOperand):
                return new Comparison(op, ReadExpression(comparison.LeftOperand), ReadExpression(comparison.RightOperand));

            case IBinaryOperation { OperatorMethod: null } integerComparison
                when ToComparison(integerComparison.OperatorKind) is { } op
                    && integerComparison.LeftOperand.Type?.SpecialType == SpecialType.System_Int32
                    && integerComparison.RightOperand.Type?.SpecialType == SpecialType.System_Int32:
                return new IntComparison(op, ReadInteger(integerComparison.LeftOperand), ReadInteger(integerComparison.RightOperand));

            case IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Not } not:
                return Negation(ReadCondition(not.Operand));

            default:
                Report(DiagnosticDescriptors.UnsupportedExpression, operation.Syntax, methodName, $"the condition '{operation.Syntax}'");
                return Truth.False;
        }
    }

    /// <summary>Whether an operand is a double, or a number the compiler converts to one.</summary>
    private bool IsDouble(IOperation operand) =>
        operand.Type?.SpecialType == realType || (operand is IConversionOperation conversion && conversion.Type?.SpecialType == realType);

    private static ComparisonOperator? ToComparison(BinaryOperatorKind kind) =>
        kind switch
        {
            BinaryOperatorKind.LessThan => ComparisonOperator.Less,
            BinaryOperatorKind.LessThanOrEqual => ComparisonOperator.LessOrEqual,
            BinaryOperatorKind.GreaterThan => ComparisonOperator.Greater,
            BinaryOperatorKind.GreaterThanOrEqual => ComparisonOperator.GreaterOrEqual,
            BinaryOperatorKind.Equals => ComparisonOperator.Equal,
            BinaryOperatorKind.NotEquals => ComparisonOperator.NotEqual,
            _ => null,
        };

    private static bool IsMathCall(IInvocationOperation invocation) =>
        TypeNames.Is(invocation.TargetMethod.ContainingType, "System.Math")
        || TypeNames.Is(invocation.TargetMethod.ContainingType, "System.MathF");

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
