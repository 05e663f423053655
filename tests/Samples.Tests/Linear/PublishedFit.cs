namespace Samples.Tests.Linear;

/// <summary>
/// The least-squares fit of the diabetes data, computed in exact rational arithmetic from the CSV's decimal text (Python's
/// fractions module solving the normal equations) and rounded to 15 significant digits; see samples/LinearRegression/Data.
/// </summary>
internal static class PublishedFit
{
    public static readonly double[] Weights =
    [
        -0.0363612242236254,
        -22.8596480904984,
        5.6029620919237,
        1.11680799331819,
        -1.08999633406324,
        0.746450455514227,
        0.372004715089154,
        6.53383193599034,
        68.4831249647883,
        0.280116989321504,
    ];

    public const double Intercept = -334.567138518787;

    public const double MeanSquaredError = 2859.69634758675;
}
