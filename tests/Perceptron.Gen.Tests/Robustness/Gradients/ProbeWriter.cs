using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Perceptron.Gen.Tests.Robustness.Gradients;

/// <summary>
/// Writes a class that calls a corpus method and its generated gradient with every argument in <c>double</c> arrays, so
/// that reflection can reach methods taking spans and floats: <c>Value{k}(scalars, arrays)</c> and
/// <c>Gradient{k}(scalars, arrays, scalarPartials, arrayPartials)</c>, where entry i of each array stands for parameter i.
/// </summary>
public static class ProbeWriter
{
    public const string ClassName = "CorpusProbes";

    public static string Write(IReadOnlyList<(IMethodSymbol Original, IMethodSymbol Gradient)> methods)
    {
        var text = new StringBuilder();
        text.AppendLine($"public static class {ClassName}");
        text.AppendLine("{");
        for (var k = 0; k < methods.Count; k++)
        {
            WriteProbe(text, k, methods[k].Original, methods[k].Gradient);
        }

        text.AppendLine("}");
        return text.ToString();
    }

    private static void WriteProbe(StringBuilder text, int k, IMethodSymbol original, IMethodSymbol gradient)
    {
        var real = original.ReturnType.SpecialType == SpecialType.System_Single ? "float" : "double";
        var target = original.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        var arguments = original.Parameters.Select((parameter, i) => Argument(parameter, i, real)).ToList();

        text.AppendLine(
            $"    public static double Value{k}(double[] s, double[][] a) => {target}.{original.Name}({string.Join(", ", arguments)});"
        );

        text.AppendLine($"    public static double Gradient{k}(double[] s, double[][] a, double[] ds, double[][] da)");
        text.AppendLine("    {");
        var gradientArguments = new List<string>(arguments);
        var copies = new List<string>();
        foreach (var partial in gradient.Parameters.Skip(original.Parameters.Length))
        {
            var i = IndexOfDifferentiated(original, partial);
            if (partial.RefKind == RefKind.Out)
            {
                text.AppendLine($"        {real} d{i};");
                gradientArguments.Add($"out d{i}");
                copies.Add($"ds[{i}] = d{i};");
            }
            else
            {
                text.AppendLine($"        var d{i} = new {real}[a[{i}].Length];");
                gradientArguments.Add($"d{i}");
                copies.Add($"da[{i}] = global::System.Array.ConvertAll(d{i}, v => (double)v);");
            }
        }

        text.AppendLine($"        double value = {target}.{gradient.Name}({string.Join(", ", gradientArguments)});");
        foreach (var copy in copies)
        {
            text.AppendLine("        " + copy);
        }

        text.AppendLine("        return value;");
        text.AppendLine("    }");
    }

    private static string Argument(IParameterSymbol parameter, int i, string real) =>
        parameter.Type.SpecialType switch
        {
            SpecialType.System_Int32 => $"(int)s[{i}]",
            SpecialType.System_Double or SpecialType.System_Single => $"({real})s[{i}]",
            _ when real == "float" => $"global::System.Array.ConvertAll(a[{i}], v => (float)v)",
            _ => $"a[{i}]",
        };

    /// <summary>The parameter a partial belongs to: <c>dWeights</c> to <c>weights</c>.</summary>
    private static int IndexOfDifferentiated(IMethodSymbol original, IParameterSymbol partial)
    {
        var matches = original
            .Parameters.Where(parameter => string.Equals("d" + parameter.Name, partial.Name, System.StringComparison.OrdinalIgnoreCase))
            .ToList();
        return matches.Count == 1
            ? matches[0].Ordinal
            : throw new System.InvalidOperationException($"The partial '{partial.Name}' of {original.Name} matches no single parameter.");
    }
}
