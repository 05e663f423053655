namespace Perceptron.Gen.Generator.Symbolic;

/// <summary>
/// The functions of <c>System.Math</c> and <c>System.MathF</c> the generator differentiates. Each has one rule in
/// <see cref="DerivativeRules"/>; the piecewise-constant ones (Sign, Floor, Ceiling, Round, Truncate) have derivative 0.
/// </summary>
internal enum MathFunction
{
    Exp,
    Log,
    LogWithBase,
    Log10,
    Log2,
    Sqrt,
    Cbrt,
    Pow,
    Sin,
    Cos,
    Tan,
    Asin,
    Acos,
    Atan,
    Atan2,
    Sinh,
    Cosh,
    Tanh,
    Asinh,
    Acosh,
    Atanh,
    Abs,
    Max,
    Min,
    Clamp,
    FusedMultiplyAdd,
    ScaleB,
    Sign,
    Floor,
    Ceiling,
    Round,
    Truncate,
}
