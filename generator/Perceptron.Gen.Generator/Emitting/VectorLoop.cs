using System.Collections.Generic;
using System.Linq;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>
/// Writes the fused per-sample loop of <c>Backward</c> over <c>System.Numerics.Vector&lt;double&gt;</c> lanes: two lane
/// blocks per step, each with its own accumulators so that consecutive additions do not wait on each other, loads
/// without bounds checks (every length was checked once, before the loop), and the sums folded into the scalar ones,
/// which the scalar loop after it finishes.
/// </summary>
internal sealed class VectorLoop
{
    private const string Vector = "global::System.Numerics.Vector<double>";
    private const int Blocks = 2;

    /// <summary>Whether every statement of the body has a vector form: arithmetic, and small integer powers.</summary>
    public static bool CanVectorize(IEnumerable<Statement> body) =>
        body.All(statement => statement.Guard is null && statement.Kind != StatementKind.Assign && HasVectorForm(statement.Value));

    private readonly PerSampleFunction sample;
    private readonly string width;
    private readonly Dictionary<string, string> lanes;

    /// <summary>The columns the body reads, each with a reference to its first element, from which vectors are loaded.</summary>
    private readonly Dictionary<string, string> columnStarts;

    private VectorLoop(PerSampleFunction sample, string width, Dictionary<string, string> lanes, Dictionary<string, string> columnStarts)
    {
        this.sample = sample;
        this.width = width;
        this.lanes = lanes;
        this.columnStarts = columnStarts;
    }

    /// <summary>
    /// Writes what every vector loop of the method shares: the lane count, each parameter broadcast to all lanes, and a
    /// reference to the first element of each column the body reads.
    /// </summary>
    public static VectorLoop WriteSetup(SourceWriter writer, PerSampleFunction sample, IReadOnlyList<Statement> body)
    {
        var width = sample.Names.Unique("width");
        writer.Line($"int {width} = {Vector}.Count;");
        var lanes = sample.Trainable.ToDictionary(parameter => parameter, parameter => sample.Names.Unique(parameter + "Lanes"));
        foreach (var parameter in sample.Trainable)
        {
            writer.Line($"var {lanes[parameter]} = new {Vector}({Identifiers.Escape(parameter)});");
        }

        var columnStarts = sample
            .Columns.Append(sample.Targets)
            .Where(column => body.Any(statement => Reads(statement.Value, column)))
            .ToDictionary(column => column, column => sample.Names.Unique(column + "Start"));
        foreach (var column in columnStarts)
        {
            writer.Line(
                $"ref double {column.Value} = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference({Identifiers.Escape(column.Key)});"
            );
        }

        return new VectorLoop(sample, width, lanes, columnStarts);
    }

    /// <summary>
    /// Writes the vector loop over samples <c>[index, end)</c> in steps of two vectors, leaving <c>index</c> at the first
    /// sample it did not take, and adds its lane sums to the scalar sums.
    /// </summary>
    public void Write(SourceWriter writer, IReadOnlyList<Statement> body, IReadOnlyList<string> sums, string end)
    {
        var names = sample.Names;
        var index = sample.Index;
        var accumulators = sums.ToDictionary(
            sum => sum,
            sum => Enumerable.Range(0, Blocks).Select(block => names.Unique(sum + "Lanes" + block)).ToArray()
        );
        foreach (var block in accumulators.Values.SelectMany(blocks => blocks))
        {
            writer.Line($"var {block} = {Vector}.Zero;");
        }

        var columns = columnStarts.Keys.ToList();
        var locals = body.Where(statement => statement.Kind == StatementKind.Declare).Select(statement => statement.Target).ToList();
        writer.Open($"for (; {index} <= {end} - {Blocks} * {width}; {index} += {Blocks} * {width})");
        for (var block = 0; block < Blocks; block++)
        {
            var offset = block == 0 ? index : $"{index} + {(block == 1 ? width : $"{block} * {width}")}";
            var blockNames = locals.Concat(columns).ToDictionary(name => name, name => names.Unique(name + block));
            writer.Line(
                block == 0
                    ? $"// Samples {index} to {index} + {width} - 1, the same steps as below, {width} at a time."
                    : $"// The next {width} samples, with sums of their own."
            );

            foreach (var column in columns)
            {
                writer.Line(
                    $"var {blockNames[column]} = global::System.Numerics.Vector.LoadUnsafe(ref {columnStarts[column]}, (nuint){(block == 0 ? offset : $"({offset})")});"
                );
            }

            string Text(string variable) =>
                blockNames.TryGetValue(variable, out var local) ? local
                : lanes.TryGetValue(variable, out var lane) ? lane
                : variable;
            foreach (var statement in body)
            {
                var value = Print(statement.Value, Text);
                writer.Line(
                    statement.Kind == StatementKind.Declare
                        ? $"var {blockNames[statement.Target]} = {value};"
                        : $"{accumulators[statement.Target][block]} += {value};"
                );
            }
        }

        writer.Close();
        foreach (var sum in sums)
        {
            writer.Line($"{sum} += global::System.Numerics.Vector.Sum({string.Join(" + ", accumulators[sum])});");
        }
    }

    private static bool HasVectorForm(Expr expression) =>
        expression switch
        {
            Constant or Variable => true,
            Negate negate => HasVectorForm(negate.Operand),
            Binary binary => HasVectorForm(binary.Left) && HasVectorForm(binary.Right),
            Power { Exponent: 2 or 3 } power => HasVectorForm(power.Base),
            _ => false,
        };

    private static bool Reads(Expr expression, string variable) =>
        expression is Variable read ? read.Name == variable : ExprRewriter.Children(expression).Any(child => Reads(child, variable));

    /// <summary>The vector form of an expression: constants broadcast, except as a factor or divisor, where C# takes a scalar.</summary>
    internal static string Print(Expr expression, System.Func<string, string> variableText) =>
        expression switch
        {
            Element element => variableText(element.Array),
            Constant constant => $"new {Vector}({NumberFormat.CSharpLiteral(constant.Value)})",
            Variable variable => variableText(variable.Name),
            Negate negate => "-" + Operand(negate.Operand, Precedence.Unary, variableText),
            Binary { Operator: BinaryOperator.Multiply, Left: Constant factor } product =>
                $"{NumberFormat.CSharpLiteral(factor.Value)} * {Operand(product.Right, Precedence.Multiplicative + 1, variableText)}",
            Binary { Operator: BinaryOperator.Divide, Right: Constant divisor } quotient =>
                $"{Operand(quotient.Left, Precedence.Multiplicative, variableText)} / {NumberFormat.CSharpLiteral(divisor.Value)}",
            Binary binary => $"{Operand(binary.Left, Precedence.Of(binary.Operator), variableText)} {Symbol(binary.Operator)} "
                + Operand(binary.Right, Precedence.Of(binary.Operator) + 1, variableText),
            Power { Exponent: 2 } square =>
                $"{Operand(square.Base, Precedence.Primary, variableText)} * {Operand(square.Base, Precedence.Primary, variableText)}",
            Power cube => string.Join(" * ", Enumerable.Repeat(Operand(cube.Base, Precedence.Primary, variableText), 3)),
            Call { Function: var function } call when LaneFunctionName(function) is { } name => VectorCall(
                name,
                Print(call[0], variableText)
            ),

            // Both sides are computed on every lane and the test picks one per lane; neither side can throw.
            Conditional conditional => VectorCall(
                "ConditionalSelect",
                PrintMask(conditional.Test, variableText),
                Print(conditional.WhenTrue, variableText),
                Print(conditional.WhenFalse, variableText)
            ),
            GuardedProduct guarded => VectorCall(
                "ConditionalSelect",
                VectorCall("Equals", Print(guarded.Guard, variableText), $"{Vector}.Zero"),
                $"{Vector}.Zero",
                Print(guarded.Product, variableText)
            ),
            _ => throw new System.InvalidOperationException($"No vector form for {expression.GetType().Name}."),
        };

    /// <summary>
    /// The lane form of a test: a mask with all bits set on the lanes where it holds. A comparison with NaN fails on its
    /// lane as it does in scalar code, and <c>!</c> then holds there, as it does in scalar code.
    /// </summary>
    internal static string PrintMask(Condition condition, System.Func<string, string> variableText) =>
        condition switch
        {
            Comparison { Operator: ComparisonOperator.NotEqual } comparison => "~"
                + VectorCall("Equals", Print(comparison.Left, variableText), Print(comparison.Right, variableText)),
            Comparison comparison => VectorCall(
                ComparisonName(comparison.Operator),
                Print(comparison.Left, variableText),
                Print(comparison.Right, variableText)
            ),
            Logical logical =>
                $"({PrintMask(logical.Left, variableText)} {(logical.IsAnd ? "&" : "|")} {PrintMask(logical.Right, variableText)})",
            Not not => $"~{PrintMask(not.Operand, variableText)}",
            _ => throw new System.InvalidOperationException($"No vector form for {condition.GetType().Name}."),
        };

    /// <summary>A call of a static method of <c>System.Numerics.Vector</c>.</summary>
    private static string VectorCall(string method, params string[] arguments) =>
        $"global::System.Numerics.Vector.{method}({string.Join(", ", arguments)})";

    /// <summary>Whether a test has a lane form whose operands have one by <paramref name="hasLaneForm"/>.</summary>
    internal static bool HasMaskForm(Condition condition, System.Func<Expr, bool> hasLaneForm) =>
        condition switch
        {
            Comparison comparison => hasLaneForm(comparison.Left) && hasLaneForm(comparison.Right),
            Logical logical => HasMaskForm(logical.Left, hasLaneForm) && HasMaskForm(logical.Right, hasLaneForm),
            Not not => HasMaskForm(not.Operand, hasLaneForm),
            _ => false,
        };

    /// <summary>
    /// The <c>Vector</c> method computing a math function on lanes, or null. <c>Exp</c> and <c>Log</c> came with .NET 9
    /// and round like <c>Math.Exp</c> and <c>Math.Log</c> to within an ulp or so; the square root and absolute value are exact.
    /// </summary>
    internal static string? LaneFunctionName(MathFunction function) =>
        function switch
        {
            MathFunction.Exp => "Exp",
            MathFunction.Log => "Log",
            MathFunction.Sqrt => "SquareRoot",
            MathFunction.Abs => "Abs",
            _ => null,
        };

    private static string ComparisonName(ComparisonOperator op) =>
        op switch
        {
            ComparisonOperator.Less => "LessThan",
            ComparisonOperator.LessOrEqual => "LessThanOrEqual",
            ComparisonOperator.Greater => "GreaterThan",
            ComparisonOperator.GreaterOrEqual => "GreaterThanOrEqual",
            _ => "Equals",
        };

    private static string Operand(Expr operand, int minimumPrecedence, System.Func<string, string> variableText)
    {
        var text = Print(operand, variableText);
        var precedence = operand is Constant ? Precedence.Primary : Precedence.Of(operand);
        return precedence < minimumPrecedence ? $"({text})" : text;
    }

    private static string Symbol(BinaryOperator op) =>
        op switch
        {
            BinaryOperator.Add => "+",
            BinaryOperator.Subtract => "-",
            BinaryOperator.Multiply => "*",
            _ => "/",
        };
}
