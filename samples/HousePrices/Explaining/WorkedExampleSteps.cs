using System.Collections.Immutable;

namespace HousePrices.Explaining;

/// <summary>Every intermediate value of one gradient-descent step on the worked example.</summary>
/// <param name="X">The feature of the three samples.</param>
/// <param name="Y">The target of the three samples.</param>
/// <param name="Weight">W before the step.</param>
/// <param name="Bias">B before the step.</param>
/// <param name="LearningRate">The step size α.</param>
/// <param name="Predictions">ŷᵢ = W·xᵢ + B, from the generated <c>Forward</c>.</param>
/// <param name="Errors">ŷᵢ − yᵢ.</param>
/// <param name="Loss">L = 1/n · Σ (ŷᵢ − yᵢ)², from the generated <c>Loss</c>.</param>
/// <param name="DLossDWeight">∂L/∂W, from the generated <c>Backward</c>.</param>
/// <param name="DLossDBias">∂L/∂B, from the generated <c>Backward</c>.</param>
/// <param name="NewWeight">W − α·∂L/∂W.</param>
/// <param name="NewBias">B − α·∂L/∂B.</param>
public sealed record WorkedExampleSteps(
    ImmutableArray<double> X,
    ImmutableArray<double> Y,
    double Weight,
    double Bias,
    double LearningRate,
    ImmutableArray<double> Predictions,
    ImmutableArray<double> Errors,
    double Loss,
    double DLossDWeight,
    double DLossDBias,
    double NewWeight,
    double NewBias
);
