using System;
using System.Globalization;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>
/// The floating-point type a generated method computes in: <c>double</c>, or <c>float</c> for a method written in
/// <c>float</c>, which then stays in <c>float</c> throughout, with <c>MathF</c> and <c>f</c>-suffixed literals.
/// </summary>
internal sealed class NumericType
{
    public static readonly NumericType Double = new("double", "global::System.Math");
    public static readonly NumericType Single = new("float", "global::System.MathF");

    private NumericType(string keyword, string mathClass)
    {
        Keyword = keyword;
        MathClass = mathClass;
    }

    public string Keyword { get; }

    public string MathClass { get; }

    public bool IsSingle => Keyword == "float";

    public string Zero => IsSingle ? "0f" : "0.0";

    public static NumericType Of(bool isSingle) => isSingle ? Single : Double;

    /// <summary>A literal of this type that reads back to the same value.</summary>
    public string Literal(double value)
    {
        if (!IsSingle)
        {
            return NumberFormat.CSharpLiteral(value);
        }

        var single = (float)value;
        if (float.IsNaN(single))
        {
            return "float.NaN";
        }

        if (float.IsInfinity(single))
        {
            return single > 0 ? "float.PositiveInfinity" : "float.NegativeInfinity";
        }

        var text = single.ToString("R", CultureInfo.InvariantCulture);
        return float.Parse(text, CultureInfo.InvariantCulture).Equals(single)
            ? text + "f"
            : single.ToString("G9", CultureInfo.InvariantCulture) + "f";
    }

    /// <summary>The class that has the function for this type; <c>MathF</c> has no <c>Clamp</c>, whose <c>Math</c> overload takes floats.</summary>
    public string MathClassFor(MathFunction function) => function == MathFunction.Clamp ? "global::System.Math" : MathClass;
}
