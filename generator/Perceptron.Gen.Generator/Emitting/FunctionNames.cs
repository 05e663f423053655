using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>How each <see cref="MathFunction"/> is called in C#, and how it is written in formulas.</summary>
internal static class FunctionNames
{
    public static string CSharpName(MathFunction function) =>
        function switch
        {
            MathFunction.LogWithBase => "Log",
            _ => function.ToString(),
        };

    public static string MathName(MathFunction function) =>
        function switch
        {
            MathFunction.Exp => "exp",
            MathFunction.Log => "ln",
            MathFunction.LogWithBase => "log",
            MathFunction.Log10 => "log₁₀",
            MathFunction.Log2 => "log₂",
            MathFunction.Sqrt => "√",
            MathFunction.Cbrt => "∛",
            MathFunction.FusedMultiplyAdd => "fma",
            MathFunction.Ceiling => "ceil",
            MathFunction.Truncate => "trunc",
            _ => function.ToString().ToLowerInvariant(),
        };
}
