using System;
using Xunit;

namespace Perceptron.Gen.Tests.Numeric;

/// <summary>
/// The worked example of the README, run through the generated code: x = (2, 3, 4), y = (5, 7, 9), W = 1.5, B = 1.0,
/// α = 0.01. Each value is checked against the hand formula to 1e-12.
/// </summary>
public class WorkedExampleTests
{
    private static readonly double[] X = { 2, 3, 4 };
    private static readonly double[] Y = { 5, 7, 9 };
    private const double W = 1.5;
    private const double B = 1.0;
    private const double LearningRate = 0.01;
    private const double Tolerance = 1e-12;

    [Fact]
    public void Forward_gives_the_predictions()
    {
        var predictions = new double[3];
        WorkedExamplePerceptron.Forward(W, B, X, predictions);
        Assert.Equal(new[] { 4.0, 5.5, 7.0 }, predictions);
    }

    [Fact]
    public void Loss_is_the_mean_squared_error()
    {
        var loss = WorkedExamplePerceptron.Loss(W, B, X, Y);

        // Errors (−1, −1.5, −2): (1 + 2.25 + 4) / 3.
        Assert.Equal(7.25 / 3, loss, Tolerance);
        Assert.Equal(2.417, Math.Round(loss, 3));
    }

    [Fact]
    public void Backward_gives_the_hand_derived_gradient_and_the_loss()
    {
        var loss = WorkedExamplePerceptron.Backward(W, B, X, Y, out var dW, out var dB);

        // ∂L/∂W = 2/n · Σ (ŷᵢ − yᵢ)·xᵢ = 2/3 · (−2 − 4.5 − 8); ∂L/∂B = 2/n · Σ (ŷᵢ − yᵢ) = 2/3 · (−4.5).
        Assert.Equal(2.0 / 3 * -14.5, dW, Tolerance);
        Assert.Equal(2.0 / 3 * -4.5, dB, Tolerance);
        Assert.Equal(7.25 / 3, loss, Tolerance);
        Assert.Equal(-9.667, Math.Round(dW, 3));
        Assert.Equal(-3.000, Math.Round(dB, 3));
    }

    [Fact]
    public void One_gradient_step_moves_the_parameters_as_the_worked_example_says()
    {
        WorkedExamplePerceptron.Backward(W, B, X, Y, out var dW, out var dB);
        var newW = W - LearningRate * dW;
        var newB = B - LearningRate * dB;

        Assert.Equal(1.5 + 0.01 * 29.0 / 3, newW, Tolerance);
        Assert.Equal(1.03, newB, Tolerance);
        Assert.Equal(1.597, Math.Round(newW, 3));
    }

    [Fact]
    public void Two_features_and_a_halved_loss_give_the_mean_error_times_each_feature()
    {
        double[] x1 = { 1, 2, -1, 0.5 };
        double[] x2 = { 3, -2, 4, 1 };
        double[] target = { 2, 0, 1, -1 };
        const double w1 = 0.3,
            w2 = -0.7,
            b = 0.2;

        var loss = TwoFeatureModel.Backward(w1, w2, b, x1, x2, target, out var dW1, out var dW2, out var dB);

        double expectedLoss = 0,
            expectedW1 = 0,
            expectedW2 = 0,
            expectedB = 0;
        for (var i = 0; i < target.Length; i++)
        {
            var error = w1 * x1[i] + w2 * x2[i] + b - target[i];
            expectedLoss += error * error / 2 / target.Length;
            expectedW1 += error * x1[i] / target.Length;
            expectedW2 += error * x2[i] / target.Length;
            expectedB += error / target.Length;
        }

        Assert.Equal(expectedLoss, loss, Tolerance);
        Assert.Equal(expectedW1, dW1, Tolerance);
        Assert.Equal(expectedW2, dW2, Tolerance);
        Assert.Equal(expectedB, dB, Tolerance);
    }

    [Fact]
    public void Spans_of_different_lengths_are_rejected_naming_the_column()
    {
        var exception = Assert.Throws<ArgumentException>(() =>
            WorkedExamplePerceptron.Backward(W, B, new double[] { 1, 2 }, Y, out _, out _)
        );
        Assert.Equal("x", exception.ParamName);
        Assert.Contains("'x' has 2 but 'y' has 3", exception.Message);
    }

    [Fact]
    public void An_empty_data_set_is_rejected_naming_the_targets()
    {
        var exception = Assert.Throws<ArgumentException>(() =>
            WorkedExamplePerceptron.Loss(W, B, Array.Empty<double>(), Array.Empty<double>())
        );
        Assert.Equal("y", exception.ParamName);
        Assert.Contains("at least one sample", exception.Message);
    }

    [Fact]
    public void A_NaN_sample_is_reported_by_name_and_index_not_returned_as_a_NaN_gradient()
    {
        double[] x = { 2, double.NaN, 4 };
        var exception = Assert.Throws<ArgumentException>(() => WorkedExamplePerceptron.Backward(W, B, x, Y, out _, out _));
        Assert.Equal("x", exception.ParamName);
        Assert.Contains("x[1] = NaN", exception.Message);
    }

    [Fact]
    public void An_infinite_target_is_reported_by_name_and_index()
    {
        double[] y = { 5, 7, double.PositiveInfinity };
        var exception = Assert.Throws<ArgumentException>(() => WorkedExamplePerceptron.Loss(W, B, X, y));
        Assert.Equal("y", exception.ParamName);
        Assert.Contains("y[2] = Infinity", exception.Message);
    }

    [Fact]
    public void A_NaN_parameter_is_reported_by_name()
    {
        var exception = Assert.Throws<ArgumentException>(() => WorkedExamplePerceptron.Backward(double.NaN, B, X, Y, out _, out _));
        Assert.Equal("w", exception.ParamName);
    }

    [Fact]
    public void An_overflow_with_finite_inputs_says_so()
    {
        double[] x = { 1e200, 2e200, 3e200 };
        Assert.Throws<OverflowException>(() => WorkedExamplePerceptron.Backward(W, B, x, Y, out _, out _));
    }

    [Fact]
    public void Forward_rejects_a_predictions_span_of_the_wrong_length()
    {
        var exception = Assert.Throws<ArgumentException>(() => WorkedExamplePerceptron.Forward(W, B, X, new double[2]));
        Assert.Equal("x", exception.ParamName);
    }
}
