using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Perceptron.Gen.Tests.Properties.Programs;

/// <summary>Loops, jumps, the parameters a program with loops takes, and the harness that calls it.</summary>
public static partial class CSharpPrinter
{
    private static IEnumerable<string> Parameters(RandomProgram program)
    {
        var doubles = program.ParameterNames.Select(name => "double " + name);
        var sequence = program.Sequence is { } array
            ? new[] { (array.IsSpan ? "ReadOnlySpan<double> " : "double[] ") + RandomProgram.SequenceName }
            : Array.Empty<string>();
        var count = program.Count is null ? Array.Empty<string>() : new[] { "int " + RandomProgram.CountName };
        return doubles.Concat(sequence).Concat(count);
    }

    private static void AppendLoopStatement(StringBuilder text, Statement statement, string indent)
    {
        switch (statement)
        {
            case For loop:
                var end = loop.End.Kind switch
                {
                    BoundKind.Constant => loop.End.Value.ToString(CultureInfo.InvariantCulture),
                    BoundKind.Count => RandomProgram.CountName,
                    BoundKind.Index => loop.End.Index!,
                    _ => RandomProgram.SequenceName + ".Length",
                };
                var index = loop.Index;
                text.Append(indent)
                    .AppendLine($"for (int {index} = {loop.Start}; {index} {(loop.Inclusive ? "<=" : "<")} {end}; {index}++)");
                AppendBlock(text, loop.Body, indent);
                break;
            case ForEach loop:
                text.Append(indent).AppendLine($"foreach ({(loop.IsVar ? "var" : "double")} {loop.Item} in {RandomProgram.SequenceName})");
                AppendBlock(text, loop.Body, indent);
                break;
            case While loop:
                var counter = $"{loop.Counter}++;";
                text.Append(indent).AppendLine($"double {loop.Counter} = 0.0;");
                text.Append(indent).AppendLine(loop.TestAtBottom ? "do" : $"while ({Condition(loop.Test)})");
                AppendBlock(text, loop.Body.Insert(0, new Step(loop.Counter, IsIncrement: true)), indent);
                if (loop.TestAtBottom)
                {
                    // The do loop's test follows its closing brace on the same line.
                    text.Length -= Environment.NewLine.Length;
                    text.AppendLine($" while ({Condition(loop.Test)});");
                }

                break;
            case Jump jump:
                text.Append(indent).AppendLine($"if ({Condition(jump.Test)})");
                text.Append(indent).AppendLine("{");
                foreach (var before in jump.Before)
                {
                    AppendStatement(text, before, indent + Indent);
                }

                text.Append(indent + Indent).AppendLine(jump.IsBreak ? "break;" : "continue;");
                text.Append(indent).AppendLine("}");
                break;
        }
    }

    /// <summary>
    /// For a program that takes <c>xs</c> or <c>n</c>: <c>Call(point)</c> and <c>CallGradient(point, gradient)</c>, which
    /// take every coordinate in one array, as reflection can pass it (it cannot pass a span), and call <c>F</c> and the
    /// generated <c>FGradient</c> with <c>n</c> set to the program's <see cref="RandomProgram.Count"/>.
    /// </summary>
    private static string Harness(RandomProgram program, string indent)
    {
        if (!program.HasLoopInputs)
        {
            return "";
        }

        var scalars = Enumerable.Range(0, program.ParameterCount).Select(index => $"point[{index}]").ToList();
        var arguments = new List<string>(scalars);
        var gradients = Enumerable.Range(0, program.ParameterCount).Select(index => $"out gradient[{index}]").ToList();
        if (program.Sequence is { } sequence)
        {
            var (start, length) = (program.ParameterCount, sequence.Length);
            arguments.Add(
                sequence.IsSpan
                    ? $"new ReadOnlySpan<double>(point, {start}, {length})"
                    : $"new double[] {{ {string.Join(", ", Enumerable.Range(start, length).Select(index => $"point[{index}]"))} }}"
            );
            gradients.Add($"new Span<double>(gradient, {start}, {length})");
        }

        if (program.Count is { } count)
        {
            arguments.Add(count.ToString(CultureInfo.InvariantCulture));
        }

        var name = RandomProgram.MethodName;
        var call = string.Join(", ", arguments);
        return $"""

            {indent}public static double Call(double[] point) => {name}({call});

            {indent}public static double CallGradient(double[] point, double[] gradient) => {name}Gradient({call}, {string.Join(
                ", ",
                gradients
            )});

            """;
    }
}
