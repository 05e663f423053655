using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Perceptron.Gen.Tests.Properties.Programs;

/// <summary>
/// Prints a <see cref="RandomProgram"/> as the C# a user would write, with only the parentheses C# needs to group it
/// exactly as the tree does, so the compiled method rounds as the interpreter does.
/// </summary>
public static partial class CSharpPrinter
{
    private const string Indent = "    ";

    // C#'s precedence levels, lowest first, for the operators a random program uses.
    private const int Ternary = 1;
    private const int Or = 2;
    private const int And = 3;
    private const int Equality = 4;
    private const int Relational = 5;
    private const int Additive = 6;
    private const int Multiplicative = 7;
    private const int Unary = 8;
    private const int Primary = 9;

    public static string Class(RandomProgram program, string className) =>
        $$"""
            using System;
            using Perceptron.Gen;

            public static partial class {{className}}
            {
            {{Method(program, Indent)}}{{Harness(program, Indent)}}
            }

            """;

    public static string Method(RandomProgram program, string indent = "")
    {
        var text = new StringBuilder();
        var parameters = string.Join(", ", Parameters(program));
        text.Append(indent).AppendLine("[Differentiable]");
        text.Append(indent).Append($"public static double {RandomProgram.MethodName}({parameters})");
        if (program.ExpressionBody is { } body)
        {
            text.Append(" => ").Append(Expression(body)).AppendLine(";");
            return text.ToString();
        }

        text.AppendLine();
        AppendBlock(text, program.Block, indent);
        return text.ToString();
    }

    private static void AppendBlock(StringBuilder text, ImmutableArray<Statement> block, string indent)
    {
        text.Append(indent).AppendLine("{");
        foreach (var statement in block)
        {
            AppendStatement(text, statement, indent + Indent);
        }

        text.Append(indent).AppendLine("}");
    }

    private static void AppendStatement(StringBuilder text, Statement statement, string indent)
    {
        switch (statement)
        {
            case Declare declare:
                text.Append(indent).AppendLine($"{(declare.IsConst ? "const " : "")}double {declare.Name} = {Expression(declare.Value)};");
                break;
            case Assign assign:
                text.Append(indent).AppendLine($"{assign.Name} {AssignmentText(assign.Operator)} {Expression(assign.Value)};");
                break;
            case Step step:
                text.Append(indent).AppendLine(step.Name + (step.IsIncrement ? "++;" : "--;"));
                break;
            case If branch:
                text.Append(indent).AppendLine($"if ({Condition(branch.Test)})");
                AppendBlock(text, branch.Then, indent);
                if (!branch.Else.IsEmpty)
                {
                    text.Append(indent).AppendLine("else");
                    AppendBlock(text, branch.Else, indent);
                }

                break;
            case Return result:
                text.Append(indent).AppendLine($"return {Expression(result.Value)};");
                break;
            case For or ForEach or While or Jump:
                AppendLoopStatement(text, statement, indent);
                break;
            default:
                throw new NotSupportedException($"No C# for the statement {statement.GetType().Name}.");
        }
    }

    public static string Expression(Expr expression) => Printed(expression).Text;

    public static string Condition(Condition condition) => Printed(condition).Text;

    /// <summary>A double literal that reads back as exactly this value, never an <c>int</c> unless the tree says so.</summary>
    public static string Number(Constant constant)
    {
        if (constant.WrittenAsInteger)
        {
            return ((long)constant.Value).ToString(CultureInfo.InvariantCulture);
        }

        var text = constant.Value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    /// <summary>
    /// The expression's text and its C# precedence. Operands are put in parentheses exactly where C#'s precedence and
    /// left associativity would otherwise group them differently, so <c>a - (b - c)</c> keeps its parentheses and
    /// <c>(a - b) - c</c> is written <c>a - b - c</c>; a <c>?:</c> inside another expression is always parenthesized.
    /// </summary>
    private static (string Text, int Precedence) Printed(Expr expression) =>
        expression switch
        {
            Variable variable => (variable.Name, Primary),
            Constant constant => (Number(constant), double.IsNegative(constant.Value) ? Unary : Primary),
            Negate negate => ("-" + UnaryOperand(Printed(negate.Operand)), Unary),
            Binary binary => BinaryText(binary),
            Call call => ($"Math.{FunctionName(call.Function)}({string.Join(", ", call.Arguments.Select(Expression))})", Primary),
            ScaleB scale => ($"Math.ScaleB({Expression(scale.Value)}, {scale.Exponent.ToString(CultureInfo.InvariantCulture)})", Primary),
            Conditional conditional => ConditionalText(conditional),
            IntegerValue integer => ("(double)" + integer.Name, Unary),
            Element element => element.FromEnd
                ? ($"{RandomProgram.SequenceName}[{RandomProgram.SequenceName}.Length - 1 - {element.Index}]", Primary)
                : ($"{RandomProgram.SequenceName}[{element.Index}]", Primary),
            _ => throw new NotSupportedException($"No C# for the expression {expression.GetType().Name}."),
        };

    private static (string Text, int Precedence) Printed(Condition condition) =>
        condition switch
        {
            Comparison comparison => ComparisonText(comparison),
            Logical logical => logical.IsAnd
                ? ($"{Wrapped(Printed(logical.Left), Equality)} && {Wrapped(Printed(logical.Right), Equality)}", And)
                : ($"{Wrapped(Printed(logical.Left), Equality)} || {Wrapped(Printed(logical.Right), Equality)}", Or),
            Not not => ("!" + UnaryOperand(Printed(not.Operand)), Unary),
            _ => throw new NotSupportedException($"No C# for the condition {condition.GetType().Name}."),
        };

    private static (string Text, int Precedence) BinaryText(Binary binary)
    {
        var precedence = binary.Operator is ArithmeticOperator.Add or ArithmeticOperator.Subtract ? Additive : Multiplicative;
        var left = Wrapped(Printed(binary.Left), precedence);
        var right = Wrapped(Printed(binary.Right), precedence + 1);
        return ($"{left} {OperatorText(binary.Operator)} {right}", precedence);
    }

    private static (string Text, int Precedence) ConditionalText(Conditional conditional)
    {
        var whenTrue = Wrapped(Printed(conditional.WhenTrue), Or);
        var whenFalse = Wrapped(Printed(conditional.WhenFalse), Or);
        return ($"{Printed(conditional.Test).Text} ? {whenTrue} : {whenFalse}", Ternary);
    }

    private static (string Text, int Precedence) ComparisonText(Comparison comparison)
    {
        var precedence = comparison.Operator is ComparisonOperator.Equal or ComparisonOperator.NotEqual ? Equality : Relational;
        var left = Wrapped(Printed(comparison.Left), Additive);
        var right = Wrapped(Printed(comparison.Right), Additive);
        return ($"{left} {ComparisonText(comparison.Operator)} {right}", precedence);
    }

    /// <summary>An operand of unary minus or <c>!</c>: parenthesized unless primary, so <c>-(-a)</c> never prints as <c>--a</c>.</summary>
    private static string UnaryOperand((string Text, int Precedence) operand) => Wrapped(operand, Primary);

    private static string Wrapped((string Text, int Precedence) operand, int least) =>
        operand.Precedence >= least ? operand.Text : $"({operand.Text})";

    private static string FunctionName(MathFunction function) => function == MathFunction.LogWithBase ? "Log" : function.ToString();

    private static string OperatorText(ArithmeticOperator op) =>
        op switch
        {
            ArithmeticOperator.Add => "+",
            ArithmeticOperator.Subtract => "-",
            ArithmeticOperator.Multiply => "*",
            _ => "/",
        };

    private static string ComparisonText(ComparisonOperator op) =>
        op switch
        {
            ComparisonOperator.Less => "<",
            ComparisonOperator.LessOrEqual => "<=",
            ComparisonOperator.Greater => ">",
            ComparisonOperator.GreaterOrEqual => ">=",
            ComparisonOperator.Equal => "==",
            _ => "!=",
        };

    private static string AssignmentText(AssignmentOperator op) =>
        op switch
        {
            AssignmentOperator.Assign => "=",
            AssignmentOperator.AddAssign => "+=",
            AssignmentOperator.SubtractAssign => "-=",
            AssignmentOperator.MultiplyAssign => "*=",
            _ => "/=",
        };
}
