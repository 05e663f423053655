using System.Collections.Generic;
using System.Linq;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>
/// The check that keeps a NaN or infinite input from coming back as a silent NaN: a non-finite value anywhere makes the
/// accumulated sums non-finite, so testing the sums after the loop detects it without a second pass over the data. Only
/// then, on the way to the exception, are the inputs searched, to name the one at fault.
/// </summary>
internal static partial class ModelEmitter
{
    private static void WriteNonFiniteCheck(SourceWriter writer, PerSampleFunction sample, string methodName, IEnumerable<string> sums)
    {
        var test = string.Join(" || ", sums.Select(sum => $"!double.IsFinite({sum})"));
        writer.Open($"if ({test})");
        foreach (var parameter in sample.Trainable)
        {
            var name = Identifiers.Escape(parameter);
            writer.Open($"if (!double.IsFinite({name}))");
            writer.Line(
                $"throw new global::System.ArgumentException($\"{methodName} got {parameter} = {{{name}}}; every parameter must be finite.\", nameof({name}));"
            );
            writer.Close();
        }

        var index = sample.Names.Unique("sample");
        writer.Open($"for (int {index} = 0; {index} < {sample.Count}; {index}++)");
        foreach (var column in sample.Columns.Append(sample.Targets))
        {
            var name = Identifiers.Escape(column);
            writer.Open($"if (!double.IsFinite({name}[{index}]))");
            writer.Line(
                $"throw new global::System.ArgumentException($\"{methodName} got {column}[{{{index}}}] = {{{name}[{index}]}}; every sample must be finite.\", nameof({name}));"
            );
            writer.Close();
        }

        writer.Close();
        writer.Line(
            $"throw new global::System.OverflowException(\"{methodName}: the loss or its gradient overflowed although every input is finite; scale the data or the parameters down.\");"
        );
        writer.Close();
        writer.BlankLine();
    }
}
