using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;

namespace HousePrices.Commands;

/// <summary>
/// Parsers for the numeric options. They read the invariant culture, since System.CommandLine would use the current one and
/// "0.1" could then mean 1 on a machine whose decimal separator is a comma, and they reject values that cannot train.
/// </summary>
/// <remarks>Parsing and range checks share one place because a validator that runs after a failed parse throws.</remarks>
public static class PositiveNumberParsers
{
    /// <summary>Parses a whole number from 1 to <see cref="int.MaxValue"/>, such as an epoch count.</summary>
    /// <param name="result">The option's argument; errors are added to it.</param>
    /// <returns>The number, or 0 after adding an error.</returns>
    public static int ParseWholeNumber(ArgumentResult result)
    {
        // Read without a size limit first, so that a number too large for an int is called too large, not "not a number".
        string token = SingleToken(result);
        if (!BigInteger.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out BigInteger value))
        {
            result.AddError($"{OptionName(result)} must be a whole number, not '{token}'.");
            return 0;
        }

        if (value <= 0)
        {
            result.AddError($"{OptionName(result)} must be greater than zero, not {token}.");
            return 0;
        }

        if (value > int.MaxValue)
        {
            result.AddError(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{OptionName(result)} is too large: it can be at most {int.MaxValue}, not {token}."
                )
            );
            return 0;
        }

        return (int)value;
    }

    /// <summary>Parses a finite number greater than zero, such as a learning rate.</summary>
    /// <param name="result">The option's argument; errors are added to it.</param>
    /// <returns>The number, or NaN after adding an error.</returns>
    public static double ParseNumber(ArgumentResult result)
    {
        string token = SingleToken(result);
        if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            result.AddError($"{OptionName(result)} must be a number such as 0.1, not '{token}'.");
            return double.NaN;
        }

        if (!double.IsFinite(value) || value <= 0)
        {
            result.AddError($"{OptionName(result)} must be a finite number greater than zero, not {token}.");
        }

        return value;
    }

    private static string SingleToken(ArgumentResult result) => result.Tokens.Count == 1 ? result.Tokens[0].Value : "";

    private static string OptionName(ArgumentResult result) =>
        result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;
}
