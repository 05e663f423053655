using System;
using System.Linq;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>
/// Writes the declaration of a forward local: a plain assignment, a guarded one (computed only where its branch is
/// taken), or a call of another differentiable method, which returns the value and writes its partial derivatives.
/// </summary>
internal static class LocalWriter
{
    public static void Write(SourceWriter writer, string name, Expr value, Condition? guard, Func<string, string> code)
    {
        if (value is UserCall call)
        {
            WriteCall(writer, name, call, guard, code);
            return;
        }

        var text = CSharpExpressionPrinter.Print(value, code);
        writer.Line(guard is null
            ? $"double {code(name)} = {text};"
            : $"double {code(name)} = {CSharpExpressionPrinter.PrintCondition(guard, code)} ? {text} : 0.0;");
    }

    private static void WriteCall(SourceWriter writer, string name, UserCall call, Condition? guard, Func<string, string> code)
    {
        var arguments = call.Arguments.Select(argument => argument is IntValue integer
            ? IntegerPrinter.Print(integer.Value, code)
            : CSharpExpressionPrinter.Print(argument, code)).ToList();
        var partials = call.PartialNames.Where(partial => partial.Length > 0).ToList();
        if (guard is null)
        {
            var outs = partials.Select(partial => $"out double {partial}");
            writer.Line($"double {code(name)} = {call.Gradient}({string.Join(", ", arguments.Concat(outs))});");
            return;
        }

        // Declared first, so that they are assigned on the path that skips the call too.
        foreach (var partial in partials)
        {
            writer.Line($"double {partial} = 0.0;");
        }

        var guardedOuts = partials.Select(partial => $"out {partial}");
        var callText = $"{call.Gradient}({string.Join(", ", arguments.Concat(guardedOuts))})";
        writer.Line($"double {code(name)} = {CSharpExpressionPrinter.PrintCondition(guard, code)} ? {callText} : 0.0;");
    }
}
