namespace Samples.Tests.Logistic;

/// <summary>
/// The maximum-likelihood logistic fit of the Pima data, computed by Newton's method in 50-digit decimal arithmetic from the
/// CSV's decimal text and rounded to 15 significant digits; see samples/LogisticRegression/Data.
/// </summary>
internal static class PublishedFit
{
    public static readonly double[] Weights =
    [
        0.122516579242578,
        0.0353210810335206,
        -0.00769503747167792,
        0.00677441927185046,
        0.0826781876113837,
        1.30870829804141,
        0.0263747562575279,
    ];

    public const double Intercept = -9.55465053485088;

    public const double LogLikelihood = -233.161133879749;

    /// <summary>419 of the 532 samples are classified right at the maximum.</summary>
    public const double Accuracy = 419.0 / 532;
}
