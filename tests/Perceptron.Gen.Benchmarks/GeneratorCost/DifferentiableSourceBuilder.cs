using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Perceptron.Gen.Benchmarks.GeneratorCost;

/// <summary>
/// Writes the user code for the generator-cost benchmark. Deterministic: method m's shape and constants depend on m only,
/// so every run and every BenchmarkDotNet process compiles the same text.
/// </summary>
/// <remarks>
/// Five shapes take turns, so that every stage of the generator is exercised in proportion: one-line expressions, chains of
/// locals, branches, loops over arrays (one of them carrying a value, which the backward pass must store), and calls to
/// other generated methods, across types. Sizes vary with m within each shape.
/// </remarks>
public static class DifferentiableSourceBuilder
{
    /// <summary>The number of methods per type, and so per file.</summary>
    public const int MethodsPerType = 20;

    private const int ShapeCount = 5;

    /// <summary>The source files of <paramref name="methodCount"/> methods, <see cref="MethodsPerType"/> per type and file.</summary>
    /// <param name="methodCount">How many <c>[Differentiable]</c> methods to write.</param>
    /// <returns>One source text per type.</returns>
    public static IReadOnlyList<string> MixedMethods(int methodCount)
    {
        var files = new List<string>();
        for (int first = 0; first < methodCount; first += MethodsPerType)
        {
            var body = new StringBuilder();
            for (int m = first; m < first + MethodsPerType && m < methodCount; m++)
            {
                body.Append(Method(m));
            }

            files.Add(File(TypeName(first), body.ToString()));
        }

        return files;
    }

    /// <summary>One file with one method of exactly <paramref name="statementCount"/> statements in its body.</summary>
    /// <param name="statementCount">The number of statements, at least 4.</param>
    /// <returns>The source text.</returns>
    public static string LongMethod(int statementCount)
    {
        var body = new StringBuilder();
        body.AppendLine("    [Differentiable]");
        body.AppendLine("    public static double LongChain(double a, double b, double c)");
        body.AppendLine("    {");
        body.AppendLine("        double t0 = a * b + c;");
        body.AppendLine("        double t1 = Math.Sin(a) - b * c;");
        body.AppendLine("        double t2 = t1 * t0 + Math.Cos(b);");
        for (int s = 3; s < statementCount - 1; s++)
        {
            body.AppendLine("        " + LongMethodStatement(s));
        }

        body.AppendLine($"        return t{statementCount - 2} * t{statementCount - 3} + a;");
        body.AppendLine("    }");
        return File("LongMethod", body.ToString());
    }

    // Statement s of the long method: assigns t{s}, reading the few locals before it so that values flow through the chain.
    private static string LongMethodStatement(int s) =>
        (s % 6) switch
        {
            0 => $"double t{s} = t{s - 1} * a + Math.Sin(t{s - 2});",
            1 => $"double t{s} = Math.Exp(-t{s - 1} * t{s - 1}) + b * t{s - 3};",
            2 => $"double t{s} = t{s - 1} / (1 + t{s - 2} * t{s - 2});",
            3 => $"double t{s} = Math.Sqrt(1 + t{s - 1} * t{s - 1}) - c * t{s - 3};",
            4 => $"double t{s} = t{s - 2} > t{s - 1} ? t{s - 1} * {Constant(s)} : Math.Tanh(t{s - 2});",
            _ => $"double t{s} = Math.Log(1 + t{s - 1} * t{s - 1}) * {Constant(s)} + t{s - 4};",
        };

    private static string Method(int m) =>
        (m % ShapeCount) switch
        {
            0 => Expression(m),
            1 => LocalChain(m),
            2 => Branches(m),
            3 => ArrayLoop(m),
            _ => Calls(m),
        };

    private static string Expression(int m)
    {
        var terms = new StringBuilder($"a * b + Math.Sin(a * {Constant(m)}) / (1 + b * b)");
        for (int extra = 0; extra < m / ShapeCount % 3; extra++)
        {
            terms.Append($" - {Constant(m + extra)} * Math.Exp(-a * a) * Math.Sqrt(1 + b * b)");
        }

        return $$"""
                [Differentiable]
                public static double Expression{{m}}(double a, double b) => {{terms}};

            """;
    }

    private static string LocalChain(int m)
    {
        int length = 3 + m % 6;
        var method = new StringBuilder();
        method.AppendLine("    [Differentiable]");
        method.AppendLine($"    public static double LocalChain{m}(double a, double b)");
        method.AppendLine("    {");
        method.AppendLine($"        double t0 = a * {Constant(m)} + b;");
        for (int s = 1; s < length; s++)
        {
            string previous = $"t{s - 1}";
            string statement = (s % 3) switch
            {
                0 => $"double t{s} = Math.Tanh({previous}) * a;",
                1 => $"double t{s} = {previous} * {previous} - b / (1 + a * a);",
                _ => $"double t{s} = Math.Pow({previous}, 2) + Math.Cos({previous} * b);",
            };
            method.AppendLine($"        {statement}");
        }

        method.AppendLine($"        return t{length - 1};");
        method.AppendLine("    }");
        method.AppendLine();
        return method.ToString();
    }

    private static string Branches(int m) =>
        $$"""
                [Differentiable]
                public static double Branches{{m}}(double a, double b)
                {
                    double result = a * b;
                    if (a > {{Constant(m)}})
                    {
                        result += Math.Log(1 + a * a);
                    }
                    else
                    {
                        result -= b / (1 + a * a);
                    }

                    if (b < 0 && a < 1)
                    {
                        result *= 0.5;
                    }

                    return result * result + Math.Abs(b);
                }

            """;

    // Every other loop method carries a value from one iteration to the next (Horner's scheme), which the backward pass
    // stores per iteration; the others are running sums, which it does not.
    private static string ArrayLoop(int m) =>
        m / ShapeCount % 2 == 0
            ? $$"""
                    [Differentiable]
                    public static double ArrayLoop{{m}}(double[] x, double scale)
                    {
                        double total = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            double v = x[i] * scale;
                            if (v > {{Constant(m)}})
                            {
                                total += v * v;
                            }
                            else
                            {
                                total += Math.Exp(v);
                            }
                        }

                        return total / x.Length;
                    }

                """
            : $$"""
                    [Differentiable]
                    public static double ArrayLoop{{m}}(double t, ReadOnlySpan<double> coefficients)
                    {
                        double value = 0;
                        foreach (var coefficient in coefficients)
                        {
                            value = value * t + coefficient * {{Constant(m)}};
                        }

                        return value;
                    }

                """;

    // Calls the expression and the local chain written just before, which for most m live in another type.
    private static string Calls(int m) =>
        $$"""
                [Differentiable]
                public static double Calls{{m}}(double a, double b)
                {
                    double first = {{TypeName(m - 4)}}.Expression{{m - 4}}(a, b);
                    double second = {{TypeName(m - 3)}}.LocalChain{{m - 3}}(b, a);
                    return first * second + Math.Sin(first);
                }

            """;

    private static string File(string typeName, string members) =>
        $$"""
            using System;
            using Perceptron.Gen;

            namespace Workload;

            public static partial class {{typeName}}
            {
            {{members}}}

            """;

    private static string TypeName(int m) => $"Methods{m / MethodsPerType * MethodsPerType:D3}";

    private static string Constant(int seed) => (0.25 + seed % 7 * 0.125).ToString("0.0##", CultureInfo.InvariantCulture);
}
