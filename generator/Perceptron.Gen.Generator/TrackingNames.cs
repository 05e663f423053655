namespace Perceptron.Gen.Generator;

/// <summary>Names of the pipeline steps, so tests can check which steps an edit re-ran.</summary>
internal static class TrackingNames
{
    public const string DifferentiableMethods = nameof(DifferentiableMethods);
    public const string Models = nameof(Models);
    public const string Losses = nameof(Losses);
    public const string SuppliedDerivatives = nameof(SuppliedDerivatives);
    public const string MissingGradients = nameof(MissingGradients);
}
