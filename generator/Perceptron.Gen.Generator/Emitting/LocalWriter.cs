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
    public static void Write(
        SourceWriter writer,
        string name,
        Expr value,
        Condition? guard,
        Func<string, string> code,
        NumericType? numeric = null
    )
    {
        var real = numeric ?? NumericType.Double;
        if (value is UserCall call)
        {
            WriteCall(writer, name, call, guard, code, real);
            return;
        }

        var text = CSharpExpressionPrinter.Print(value, code, real);
        writer.Line(
            guard is null
                ? $"{real.Keyword} {code(name)} = {text};"
                : $"{real.Keyword} {code(name)} = {CSharpExpressionPrinter.PrintCondition(guard, code, real)} ? {text} : {real.Zero};"
        );
    }

    private static void WriteCall(
        SourceWriter writer,
        string name,
        UserCall call,
        Condition? guard,
        Func<string, string> code,
        NumericType real
    )
    {
        var arguments = call
            .Arguments.Select(argument =>
                argument is IntValue integer
                    ? IntegerPrinter.Print(integer.Value, code)
                    : CSharpExpressionPrinter.Print(argument, code, real)
            )
            .ToList();
        var partials = call.PartialNames.Where(partial => partial.Length > 0).ToList();
        if (guard is null)
        {
            var outs = partials.Select(partial => $"out {real.Keyword} {partial}");
            writer.Line($"{real.Keyword} {code(name)} = {call.Gradient}({string.Join(", ", arguments.Concat(outs))});");
            return;
        }

        // Declared first, so that they are assigned on the path that skips the call too.
        foreach (var partial in partials)
        {
            writer.Line($"{real.Keyword} {partial} = {real.Zero};");
        }

        var guardedOuts = partials.Select(partial => $"out {partial}");
        var callText = $"{call.Gradient}({string.Join(", ", arguments.Concat(guardedOuts))})";
        writer.Line(
            $"{real.Keyword} {code(name)} = {CSharpExpressionPrinter.PrintCondition(guard, code, real)} ? {callText} : {real.Zero};"
        );
    }
}
