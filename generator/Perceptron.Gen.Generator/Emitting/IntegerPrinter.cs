using System;
using System.Globalization;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>Prints integer expressions (indices, bounds, counts) the same way in C# and in formulas.</summary>
internal static class IntegerPrinter
{
    public static string Print(IntExpr expression, Func<string, string> nameText) => Print(expression, nameText, minimumPrecedence: 0);

    private static string Print(IntExpr expression, Func<string, string> nameText, int minimumPrecedence)
    {
        switch (expression)
        {
            case IntConstant constant:
                var text = constant.Value.ToString(CultureInfo.InvariantCulture);
                return constant.Value < 0 && minimumPrecedence > 0 ? $"({text})" : text;
            case IntVariable variable:
                return nameText(variable.Name);
            case ArrayLength length:
                return $"{nameText(length.Array)}.Length";
            case IntNegate negate:
                // Binds tighter than every binary operator; a negative operand is parenthesized, since '--' would decrement.
                var operand = Print(negate.Operand, nameText, 3);
                return operand.StartsWith("-", StringComparison.Ordinal) ? $"-({operand})" : $"-{operand}";
            case IntBinary binary:
                var precedence = binary.Operator is IntOperator.Add or IntOperator.Subtract ? 1 : 2;
                var symbol = binary.Operator switch
                {
                    IntOperator.Add => "+",
                    IntOperator.Subtract => "-",
                    IntOperator.Multiply => "*",
                    IntOperator.Divide => "/",
                    _ => "%",
                };
                var result = $"{Print(binary.Left, nameText, precedence)} {symbol} {Print(binary.Right, nameText, precedence + 1)}";
                return precedence < minimumPrecedence ? $"({result})" : result;
            default:
                throw new InvalidOperationException($"Cannot print {expression.GetType().Name}.");
        }
    }
}
