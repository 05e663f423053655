using System.Collections.Immutable;

namespace HousePrices.Explaining;

/// <summary>
/// One gradient-descent step on three samples small enough to check by hand, computed with the generated
/// <c>Forward</c>, <c>Loss</c> and <c>Backward</c> of <see cref="PricePerceptron"/>.
/// </summary>
public static class WorkedExample
{
    /// <summary>W before the step.</summary>
    public const double InitialWeight = 1.5;

    /// <summary>B before the step.</summary>
    public const double InitialBias = 1.0;

    /// <summary>The step size α.</summary>
    public const double LearningRate = 0.01;

    /// <summary>The feature of the three samples.</summary>
    public static ImmutableArray<double> X { get; } = [2, 3, 4];

    /// <summary>The target of the three samples: y = 2x + 1, which the step moves towards.</summary>
    public static ImmutableArray<double> Y { get; } = [5, 7, 9];

    /// <summary>Takes the step and keeps every intermediate value.</summary>
    /// <returns>The values of each step, in order.</returns>
    public static WorkedExampleSteps Run()
    {
        double[] predictions = new double[X.Length];
        PricePerceptron.Forward(InitialWeight, InitialBias, X.AsSpan(), predictions);

        double[] errors = new double[X.Length];
        for (int i = 0; i < errors.Length; i++)
        {
            errors[i] = predictions[i] - Y[i];
        }

        double loss = PricePerceptron.Loss(InitialWeight, InitialBias, X.AsSpan(), Y.AsSpan());
        PricePerceptron.Backward(InitialWeight, InitialBias, X.AsSpan(), Y.AsSpan(), out double dW, out double dB);

        return new WorkedExampleSteps(
            X,
            Y,
            InitialWeight,
            InitialBias,
            LearningRate,
            [.. predictions],
            [.. errors],
            loss,
            dW,
            dB,
            InitialWeight - (LearningRate * dW),
            InitialBias - (LearningRate * dB)
        );
    }
}
