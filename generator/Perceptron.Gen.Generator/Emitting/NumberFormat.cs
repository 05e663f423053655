using System.Globalization;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>Writes doubles as C# literals that read back to the same bits, whatever the culture the compiler runs in.</summary>
internal static class NumberFormat
{
    public static string CSharpLiteral(double value)
    {
        if (double.IsNaN(value))
        {
            return "double.NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "double.PositiveInfinity" : "double.NegativeInfinity";
        }

        var text = RoundTrip(value);
        return text.IndexOfAny(new[] { '.', 'E', 'e' }) >= 0 ? text : text + ".0";
    }

    /// <summary>The shortest text for the number in formulas: <c>2</c>, <c>0.5</c>, <c>1E-08</c>.</summary>
    public static string Plain(double value) =>
        double.IsNaN(value) ? "NaN"
        : double.IsInfinity(value) ? (value > 0 ? "∞" : "−∞")
        : RoundTrip(value);

    private static string RoundTrip(double value)
    {
        // "R" is shortest on modern runtimes but not on every host the generator may load in; check and fall back to G17.
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (IsNegativeZero(value))
        {
            return "-0.0";
        }

        return double.Parse(text, CultureInfo.InvariantCulture).Equals(value) ? text : value.ToString("G17", CultureInfo.InvariantCulture);
    }

    private static bool IsNegativeZero(double value) => value == 0 && double.IsNegativeInfinity(1 / value);
}
