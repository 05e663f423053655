using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Perceptron.Gen.Generator.Diagnostics;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Reading;

/// <summary>Integers (indices, counts, lengths) and reads of array elements.</summary>
internal sealed partial class OperationReader
{
    private IntExpr ReadInteger(IOperation operation)
    {
        if (operation is IInvalidOperation || operation.Type?.TypeKind == TypeKind.Error)
        {
            hasInvalidCode = true;
            return new IntConstant(0);
        }

        if (operation.ConstantValue is { HasValue: true, Value: int constant })
        {
            return new IntConstant(constant);
        }

        switch (operation)
        {
            case IConversionOperation { Operand.Type.SpecialType: SpecialType.System_Int32 } identity:
                return ReadInteger(identity.Operand);

            case IParameterReferenceOperation { Parameter: var parameter } when integers.TryGetValue(parameter, out var value):
                return value;

            case ILocalReferenceOperation { Local: var local } when integers.TryGetValue(local, out var value):
                return value;

            case IPropertyReferenceOperation { Property.Name: "Length", Instance: IParameterReferenceOperation { Parameter: var array } }
                when arrays.Contains(array):
                return new ArrayLength(array.Name);

            case IBinaryOperation { OperatorMethod: null } binary
                when binary.Type?.SpecialType == SpecialType.System_Int32 && ToIntOperator(binary.OperatorKind) is { } op:
                return new IntBinary(op, ReadInteger(binary.LeftOperand), ReadInteger(binary.RightOperand));

            case IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Minus } minus
                when minus.Type?.SpecialType == SpecialType.System_Int32:
                return new IntNegate(ReadInteger(minus.Operand));

            case IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Plus } plus
                when plus.Type?.SpecialType == SpecialType.System_Int32:
                return ReadInteger(plus.Operand);

            default:
                Report(
                    DiagnosticDescriptors.UnsupportedExpression,
                    operation.Syntax,
                    methodName,
                    $"the integer expression '{operation.Syntax}'"
                );
                return new IntConstant(0);
        }
    }

    /// <summary><c>x[i]</c> for an array or span parameter <c>x</c>; null when the operation is not such a read.</summary>
    private Expr? ReadElement(IOperation operation) =>
        operation switch
        {
            IArrayElementReferenceOperation { ArrayReference: IParameterReferenceOperation { Parameter: var array }, Indices: [var index] }
                when arrays.Contains(array) => new Element(array.Name, ReadInteger(index)),
            IPropertyReferenceOperation
            {
                Property.IsIndexer: true,
                Instance: IParameterReferenceOperation { Parameter: var span },
                Arguments: [var index]
            } when arrays.Contains(span) => new Element(span.Name, ReadInteger(index.Value)),
            _ => null,
        };

    private static IntOperator? ToIntOperator(BinaryOperatorKind kind) =>
        kind switch
        {
            BinaryOperatorKind.Add => IntOperator.Add,
            BinaryOperatorKind.Subtract => IntOperator.Subtract,
            BinaryOperatorKind.Multiply => IntOperator.Multiply,
            BinaryOperatorKind.Divide => IntOperator.Divide,
            BinaryOperatorKind.Remainder => IntOperator.Remainder,
            _ => null,
        };
}
