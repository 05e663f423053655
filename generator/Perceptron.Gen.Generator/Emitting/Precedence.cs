using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>Operator precedence shared by the C# and the math printers, so both group an expression the same way.</summary>
internal static class Precedence
{
    public const int Conditional = -1;
    public const int Relational = 0;
    public const int Additive = 1;
    public const int Multiplicative = 2;
    public const int Unary = 3;
    public const int Primary = 4;

    public static int Of(Expr expression) =>
        expression switch
        {
            Constant constant => constant.Value < 0 || IsNegativeZero(constant.Value) ? Unary : Primary,
            Negate => Unary,
            Symbolic.Conditional or GuardedProduct => Conditional,
            IntValue => Unary,
            Binary { Operator: BinaryOperator.Add or BinaryOperator.Subtract } => Additive,
            Binary => Multiplicative,
            _ => Primary,
        };

    public static int Of(BinaryOperator op) => op is BinaryOperator.Add or BinaryOperator.Subtract ? Additive : Multiplicative;

    private static bool IsNegativeZero(double value) => value == 0 && double.IsNegativeInfinity(1 / value);
}
