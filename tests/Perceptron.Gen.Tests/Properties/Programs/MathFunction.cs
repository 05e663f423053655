namespace Perceptron.Gen.Tests.Properties.Programs;

/// <summary>
/// The <c>System.Math</c> functions a random program may call with double arguments; the name is the C# method name,
/// except <see cref="LogWithBase"/>, which is the two-argument <c>Math.Log</c>.
/// </summary>
public enum MathFunction
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
    Sign,
    Floor,
    Ceiling,
    Round,
    Truncate,
}
