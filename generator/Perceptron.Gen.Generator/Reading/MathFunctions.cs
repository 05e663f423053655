using System.Linq;
using Microsoft.CodeAnalysis;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Reading;

/// <summary>Recognises the overloads of <c>System.Math</c> that have a <see cref="MathFunction"/>: the double ones.</summary>
internal static class MathFunctions
{
    public static MathFunction? Find(IMethodSymbol method, SpecialType realType = SpecialType.System_Double)
    {
        var parameters = method.Parameters;
        bool AllDouble(int count) => parameters.Length == count && parameters.All(parameter => parameter.Type.SpecialType == realType);

        return method.Name switch
        {
            "Exp" when AllDouble(1) => MathFunction.Exp,
            "Log" when AllDouble(1) => MathFunction.Log,
            "Log" when AllDouble(2) => MathFunction.LogWithBase,
            "Log10" when AllDouble(1) => MathFunction.Log10,
            "Log2" when AllDouble(1) => MathFunction.Log2,
            "Sqrt" when AllDouble(1) => MathFunction.Sqrt,
            "Cbrt" when AllDouble(1) => MathFunction.Cbrt,
            "Pow" when AllDouble(2) => MathFunction.Pow,
            "Sin" when AllDouble(1) => MathFunction.Sin,
            "Cos" when AllDouble(1) => MathFunction.Cos,
            "Tan" when AllDouble(1) => MathFunction.Tan,
            "Asin" when AllDouble(1) => MathFunction.Asin,
            "Acos" when AllDouble(1) => MathFunction.Acos,
            "Atan" when AllDouble(1) => MathFunction.Atan,
            "Atan2" when AllDouble(2) => MathFunction.Atan2,
            "Sinh" when AllDouble(1) => MathFunction.Sinh,
            "Cosh" when AllDouble(1) => MathFunction.Cosh,
            "Tanh" when AllDouble(1) => MathFunction.Tanh,
            "Asinh" when AllDouble(1) => MathFunction.Asinh,
            "Acosh" when AllDouble(1) => MathFunction.Acosh,
            "Atanh" when AllDouble(1) => MathFunction.Atanh,
            "Abs" when AllDouble(1) => MathFunction.Abs,
            "Max" when AllDouble(2) => MathFunction.Max,
            "Min" when AllDouble(2) => MathFunction.Min,
            "Clamp" when AllDouble(3) => MathFunction.Clamp,
            "FusedMultiplyAdd" when AllDouble(3) => MathFunction.FusedMultiplyAdd,
            "ScaleB" when parameters.Length == 2 && parameters[0].Type.SpecialType == realType => MathFunction.ScaleB,
            "Sign" when AllDouble(1) => MathFunction.Sign,
            "Floor" when AllDouble(1) => MathFunction.Floor,
            "Ceiling" when AllDouble(1) => MathFunction.Ceiling,
            "Round" when AllDouble(1) => MathFunction.Round,
            "Truncate" when AllDouble(1) => MathFunction.Truncate,
            _ => null,
        };
    }
}
