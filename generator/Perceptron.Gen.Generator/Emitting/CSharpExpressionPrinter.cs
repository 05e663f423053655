using System;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>
/// Prints an <see cref="Expr"/> as C# with the fewest parentheses that keep its grouping: floating-point arithmetic is
/// not associative, so <c>a − (b − c)</c> and <c>a · (b · c)</c> keep theirs.
/// </summary>
internal static class CSharpExpressionPrinter
{
    /// <param name="expression">What to print.</param>
    /// <param name="variableText">How each variable reads: a parameter by its name, a data column as <c>x[i]</c>.</param>
    /// <param name="numeric">The type computed in; <c>double</c> when null.</param>
    public static string Print(Expr expression, Func<string, string> variableText, NumericType? numeric = null) =>
        expression switch
        {
            Constant constant => (numeric ?? NumericType.Double).Literal(constant.Value),
            Variable variable => variableText(variable.Name),
            Negate { Operand: Binary { Operator: BinaryOperator.Multiply or BinaryOperator.Divide, Left: Constant leading } product }
                when leading.Value > 0 => "-" + Print(product, variableText, numeric),
            Negate negate => "-" + Operand(negate.Operand, Precedence.Unary, variableText, followsOperator: true, numeric),
            Binary binary => PrintBinary(binary, variableText, numeric),
            Power power =>
                $"{(numeric ?? NumericType.Double).MathClass}.Pow({Print(power.Base, variableText, numeric)}, {Exponent(power, numeric)})",
            Call call => PrintCall(call, variableText, numeric),
            UserCall userCall => $"{variableText(userCall.ResultName)}",
            Element element => $"{variableText(element.Array)}[{IntegerPrinter.Print(element.Index, variableText)}]",
            IntValue { Value: IntConstant or IntVariable or ArrayLength } count =>
                $"({(numeric ?? NumericType.Double).Keyword}){IntegerPrinter.Print(count.Value, variableText)}",
            IntValue count => $"({(numeric ?? NumericType.Double).Keyword})({IntegerPrinter.Print(count.Value, variableText)})",
            GuardedProduct guarded =>
                $"{Operand(guarded.Guard, Precedence.Additive, variableText, followsOperator: false, numeric)} == {(numeric ?? NumericType.Double).Zero} ? {(numeric ?? NumericType.Double).Zero} : {Operand(guarded.Product, Precedence.Conditional, variableText, followsOperator: false, numeric)}",
            Conditional conditional =>
                $"{PrintCondition(conditional.Test, variableText, numeric)} ? {Print(conditional.WhenTrue, variableText, numeric)} : {Operand(conditional.WhenFalse, Precedence.Conditional, variableText, followsOperator: false, numeric)}",
            _ => throw new InvalidOperationException($"Cannot print {expression.GetType().Name}."),
        };

    /// <summary>Prints a test: comparisons, <c>&amp;&amp;</c>, <c>||</c> and <c>!</c>, parenthesised where C# needs it.</summary>
    public static string PrintCondition(Condition condition, Func<string, string> variableText, NumericType? numeric = null) =>
        condition switch
        {
            Truth truth => truth.Value ? "true" : "false",
            Comparison comparison =>
                $"{Operand(comparison.Left, Precedence.Additive, variableText, followsOperator: false, numeric)} {ComparisonSymbol(comparison.Operator)} {Operand(comparison.Right, Precedence.Additive, variableText, followsOperator: false, numeric)}",
            Logical logical =>
                $"{LogicalOperand(logical.Left, logical.IsAnd, variableText, numeric)} {(logical.IsAnd ? "&&" : "||")} {LogicalOperand(logical.Right, logical.IsAnd, variableText, numeric)}",
            Not not => $"!({PrintCondition(not.Operand, variableText, numeric)})",
            IntComparison comparison =>
                $"{IntegerPrinter.Print(comparison.Left, variableText)} {ComparisonSymbol(comparison.Operator)} {IntegerPrinter.Print(comparison.Right, variableText)}",
            _ => throw new InvalidOperationException($"Cannot print {condition.GetType().Name}."),
        };

    private static string LogicalOperand(Condition operand, bool parentIsAnd, Func<string, string> variableText, NumericType? numeric)
    {
        var text = PrintCondition(operand, variableText, numeric);
        return operand is Logical inner && inner.IsAnd != parentIsAnd ? $"({text})" : text;
    }

    private static string ComparisonSymbol(ComparisonOperator op) =>
        op switch
        {
            ComparisonOperator.Less => "<",
            ComparisonOperator.LessOrEqual => "<=",
            ComparisonOperator.Greater => ">",
            ComparisonOperator.GreaterOrEqual => ">=",
            ComparisonOperator.Equal => "==",
            _ => "!=",
        };

    private static string PrintCall(Call call, Func<string, string> variableText, NumericType? numeric)
    {
        var arguments = new string[call.Arguments.Count];
        for (var index = 0; index < arguments.Length; index++)
        {
            // ScaleB's second argument is an int: print it as one.
            arguments[index] =
                call.Function == MathFunction.ScaleB && index == 1 && call[1] is Constant count
                    ? ((long)count.Value).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : Print(call[index], variableText, numeric);
        }

        var text =
            $"{(numeric ?? NumericType.Double).MathClassFor(call.Function)}.{FunctionNames.CSharpName(call.Function)}({string.Join(", ", arguments)})";

        // Math.Sign returns an int; as a double it can never meet integer division.
        return call.Function == MathFunction.Sign ? $"({(numeric ?? NumericType.Double).Keyword}){text}" : text;
    }

    /// <summary>An integer exponent reads as one (<c>Math.Pow(x, 3)</c>); the compiler converts it exactly.</summary>
    private static string Exponent(Power power, NumericType? numeric) =>
        power.HasIntegerExponent && Math.Abs(power.Exponent) <= int.MaxValue
            ? ((long)power.Exponent).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : (numeric ?? NumericType.Double).Literal(power.Exponent);

    private static string PrintBinary(Binary binary, Func<string, string> variableText, NumericType? numeric)
    {
        var precedence = Precedence.Of(binary.Operator);
        var symbol = binary.Operator switch
        {
            BinaryOperator.Add => "+",
            BinaryOperator.Subtract => "-",
            BinaryOperator.Multiply => "*",
            _ => "/",
        };

        var left = Operand(binary.Left, precedence, variableText, followsOperator: false, numeric);

        // The right operand of the same precedence keeps its parentheses: that is the grouping the user wrote.
        var right = Operand(binary.Right, precedence + 1, variableText, followsOperator: true, numeric);
        return $"{left} {symbol} {right}";
    }

    /// <param name="operand">The operand to print.</param>
    /// <param name="minimumPrecedence">Below this the operand needs parentheses.</param>
    /// <param name="variableText">How each variable reads.</param>
    /// <param name="followsOperator">True after a binary or unary operator, where a leading minus would read as <c>a - -b</c>.</param>
    /// <param name="numeric">The type computed in.</param>
    private static string Operand(
        Expr operand,
        int minimumPrecedence,
        Func<string, string> variableText,
        bool followsOperator,
        NumericType? numeric = null
    )
    {
        var text = Print(operand, variableText, numeric);
        var needsParentheses =
            Precedence.Of(operand) < minimumPrecedence || (followsOperator && text.StartsWith("-", StringComparison.Ordinal));
        return needsParentheses ? $"({text})" : text;
    }
}
