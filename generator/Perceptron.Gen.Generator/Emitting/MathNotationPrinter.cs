using System;
using System.Linq;
using System.Text;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>
/// Prints an <see cref="Expr"/> the way a person writes it on paper, for doc comments and the comments beside each
/// step: <c>2·(ŷᵢ − yᵢ)·xᵢ</c>, <c>x²</c>, <c>a/b</c>.
/// </summary>
internal static class MathNotationPrinter
{
    public static string Print(Expr expression, Func<string, string> variableText) =>
        expression switch
        {
            Constant constant => NumberFormat.Plain(constant.Value).Replace("-", "−"),
            Variable variable => variableText(variable.Name),
            Negate { Operand: Binary { Operator: BinaryOperator.Multiply or BinaryOperator.Divide, Left: Constant leading } product }
                when leading.Value > 0 => "−" + Print(product, variableText),
            Negate negate => "−" + Operand(negate.Operand, Precedence.Unary, variableText, followsOperator: true),

            // u·u reads as u².
            Binary { Operator: BinaryOperator.Multiply } square when square.Left.Equals(square.Right) => Operand(
                square.Left,
                Precedence.Primary,
                variableText,
                followsOperator: false
            ) + "²",
            Binary binary => PrintBinary(binary, variableText),
            Power { HasIntegerExponent: true } power when Math.Abs(power.Exponent) < 100 => Operand(
                power.Base,
                Precedence.Primary,
                variableText,
                followsOperator: false
            ) + Superscript(power.Exponent),
            Power power =>
                $"{Operand(power.Base, Precedence.Primary, variableText, followsOperator: false)}^{NumberFormat.Plain(power.Exponent)}",
            GuardedProduct guarded => Print(guarded.Product, variableText),
            UserCall userCall =>
                $"{userCall.Method.Substring(userCall.Method.LastIndexOf('.') + 1)}({string.Join(", ", userCall.Arguments.Select(argument => Print(argument, variableText)))})",
            Element element => $"{variableText(element.Array)}[{IntegerPrinter.Print(element.Index, variableText)}]",
            IntValue count => $"{IntegerPrinter.Print(count.Value, variableText)}",
            Call { Function: MathFunction.Abs } abs => $"|{Print(abs[0], variableText)}|",
            Call { Function: MathFunction.Floor } floor => $"⌊{Print(floor[0], variableText)}⌋",
            Call { Function: MathFunction.Pow } pow =>
                $"{Operand(pow[0], Precedence.Primary, variableText, followsOperator: false)}^{Operand(pow[1], Precedence.Primary, variableText, followsOperator: false)}",
            Call { Function: MathFunction.Sqrt or MathFunction.Cbrt } root => FunctionNames.MathName(root.Function)
                + Operand(root[0], Precedence.Primary, variableText, followsOperator: false),
            Call call =>
                $"{FunctionNames.MathName(call.Function)}({string.Join(", ", call.Arguments.Select(argument => Print(argument, variableText)))})",
            Conditional conditional =>
                $"{PrintCondition(conditional.Test, variableText)} ? {Print(conditional.WhenTrue, variableText)} : {Print(conditional.WhenFalse, variableText)}",
            _ => throw new InvalidOperationException($"Cannot print {expression.GetType().Name}."),
        };

    private static string PrintCondition(Condition condition, Func<string, string> variableText) =>
        condition switch
        {
            Truth truth => truth.Value ? "true" : "false",
            Comparison comparison =>
                $"{Print(comparison.Left, variableText)} {Symbol(comparison.Operator)} {Print(comparison.Right, variableText)}",
            Logical logical =>
                $"({PrintCondition(logical.Left, variableText)} {(logical.IsAnd ? "∧" : "∨")} {PrintCondition(logical.Right, variableText)})",
            Not not => $"¬({PrintCondition(not.Operand, variableText)})",
            IntComparison comparison =>
                $"{IntegerPrinter.Print(comparison.Left, variableText)} {Symbol(comparison.Operator)} {IntegerPrinter.Print(comparison.Right, variableText)}",
            _ => throw new InvalidOperationException($"Cannot print {condition.GetType().Name}."),
        };

    private static string Symbol(ComparisonOperator op) =>
        op switch
        {
            ComparisonOperator.Less => "<",
            ComparisonOperator.LessOrEqual => "≤",
            ComparisonOperator.Greater => ">",
            ComparisonOperator.GreaterOrEqual => "≥",
            ComparisonOperator.Equal => "=",
            _ => "≠",
        };

    private static string PrintBinary(Binary binary, Func<string, string> variableText)
    {
        var precedence = Precedence.Of(binary.Operator);
        var symbol = binary.Operator switch
        {
            BinaryOperator.Add => " + ",
            BinaryOperator.Subtract => " − ",
            BinaryOperator.Multiply => "·",
            _ => "/",
        };

        var left = Operand(binary.Left, precedence, variableText, followsOperator: false);
        var right = Operand(binary.Right, precedence + 1, variableText, followsOperator: true);
        return left + symbol + right;
    }

    private static string Operand(Expr operand, int minimumPrecedence, Func<string, string> variableText, bool followsOperator)
    {
        var text = Print(operand, variableText);
        var needsParentheses =
            Precedence.Of(operand) < minimumPrecedence || (followsOperator && text.StartsWith("−", StringComparison.Ordinal));
        return needsParentheses ? $"({text})" : text;
    }

    private static string Superscript(double exponent)
    {
        const string digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        var text = new StringBuilder();
        foreach (var character in ((long)exponent).ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            text.Append(character == '-' ? '⁻' : digits[character - '0']);
        }

        return text.ToString();
    }
}
