using System;
using System.Linq;
using Xunit;

namespace Perceptron.Gen.Tests.Numeric;

/// <summary>Gradients through loops and arrays against central finite differences, element by element.</summary>
public class LoopFiniteDifferenceTests
{
    private static readonly Random Random = new(20261203);

    [Fact]
    public void Sum_of_squares()
    {
        var x = RandomArray(7);
        var gradient = new double[7];
        var value = LoopOperations.SumOfSquaresGradient(x, gradient);

        Assert.Equal(LoopOperations.SumOfSquares(x), value);
        Assert.Equal(x.Select(element => 2 * element).ToArray(), gradient);
    }

    [Fact]
    public void Mean_product_of_a_span_and_an_array()
    {
        var weights = RandomArray(5);
        var inputs = RandomArray(5);
        var dWeights = new double[5];
        var dInputs = new double[5];
        LoopOperations.MeanProductGradient(weights, inputs, dWeights, dInputs);

        AssertMatchesFiniteDifferences(w => LoopOperations.MeanProduct(w, inputs), weights, dWeights);
        AssertMatchesFiniteDifferences(x => LoopOperations.MeanProduct(weights, x), inputs, dInputs);
    }

    [Fact]
    public void Horner_keeps_the_carried_value_of_every_iteration()
    {
        var coefficients = RandomArray(6);
        var dCoefficients = new double[6];
        const double t = 0.7;
        LoopOperations.HornerGradient(t, coefficients, out var dT, dCoefficients);

        AssertMatchesFiniteDifferences(c => LoopOperations.Horner(t, c), coefficients, dCoefficients);
        Assert.Equal(CentralDifference(value => LoopOperations.Horner(value, coefficients), t), dT, 1e-7);
    }

    [Fact]
    public void Product_of_elements()
    {
        var x = RandomArray(6);
        var gradient = new double[6];
        LoopOperations.ProductGradient(x, gradient);
        AssertMatchesFiniteDifferences(LoopOperations.Product, x, gradient);
    }

    [Fact]
    public void A_trip_count_from_an_int_parameter()
    {
        var (value, derivative) = LoopOperations.IntegerPowerGradient(1.3, 5);
        Assert.Equal(Math.Pow(1.3, 5), value, 1e-12);
        Assert.Equal(5 * Math.Pow(1.3, 4), derivative, 1e-12);
        Assert.Equal((1.0, 0.0), LoopOperations.IntegerPowerGradient(1.3, 0));
    }

    [Fact]
    public void Newton_iterations_converge_to_the_derivative_of_the_square_root()
    {
        var (value, derivative) = LoopOperations.NewtonSquareRootGradient(2.0);
        Assert.Equal(Math.Sqrt(2), value, 1e-12);
        Assert.Equal(1 / (2 * Math.Sqrt(2)), derivative, 1e-10);
    }

    [Fact]
    public void A_branch_inside_a_loop()
    {
        var x = RandomArray(8);
        var gradient = new double[8];
        LoopOperations.BranchInLoopGradient(x, 1.7, gradient, out var dSlope);

        Assert.Equal(x.Select(element => element > 0 ? 1.7 : -0.5).ToArray(), gradient);
        Assert.Equal(x.Where(element => element > 0).Sum(), dSlope, 1e-12);
    }

    [Fact]
    public void Nested_loops_over_a_weight_matrix()
    {
        const int hidden = 3;
        var x = RandomArray(4);
        var w = RandomArray(hidden * 4);
        var b = RandomArray(hidden);
        var dW = new double[w.Length];
        var dB = new double[b.Length];
        var dX = new double[x.Length];
        var value = LoopOperations.HiddenLayerGradient(w, b, x, hidden, dW, dB, dX);

        Assert.Equal(LoopOperations.HiddenLayer(w, b, x, hidden), value, 1e-12);
        AssertMatchesFiniteDifferences(weights => LoopOperations.HiddenLayer(weights, b, x, hidden), w, dW);
        AssertMatchesFiniteDifferences(biases => LoopOperations.HiddenLayer(w, biases, x, hidden), b, dB);
        AssertMatchesFiniteDifferences(inputs => LoopOperations.HiddenLayer(w, b, inputs, hidden), x, dX);
    }

    [Fact]
    public void A_nonlinear_carried_value_with_a_value_from_before_the_loop()
    {
        var x = RandomArray(5);
        var dX = new double[5];
        const double scale = 0.3;
        LoopOperations.CarriedProductOfSumsGradient(x, scale, dX, out var dScale);

        AssertMatchesFiniteDifferences(values => LoopOperations.CarriedProductOfSums(values, scale), x, dX);
        Assert.Equal(CentralDifference(s => LoopOperations.CarriedProductOfSums(x, s), scale), dScale, 1e-7);
    }

    [Fact]
    public void The_readme_linear_model_gives_the_normal_equations_gradient()
    {
        const int k = 3,
            n = 6;
        var weights = RandomArray(k);
        var features = RandomArray(n * k);
        var targets = RandomArray(n);
        var dWeights = new double[k];
        LoopOperations.MeanSquaredErrorGradient(weights, 0.3, features, targets, dWeights, out var dBias);

        // 2/n · Σ (ŷᵢ − yᵢ)·xᵢⱼ and 2/n · Σ (ŷᵢ − yᵢ), by hand.
        var expectedWeights = new double[k];
        var expectedBias = 0.0;
        for (var i = 0; i < n; i++)
        {
            var error = 0.3 - targets[i];
            for (var j = 0; j < k; j++)
            {
                error += weights[j] * features[i * k + j];
            }

            for (var j = 0; j < k; j++)
            {
                expectedWeights[j] += 2.0 / n * error * features[i * k + j];
            }

            expectedBias += 2.0 / n * error;
        }

        Assert.Equal(expectedBias, dBias, 1e-12);
        for (var j = 0; j < k; j++)
        {
            Assert.Equal(expectedWeights[j], dWeights[j], 1e-12);
        }
    }

    [Fact]
    public void A_gradient_span_of_the_wrong_length_is_rejected_naming_it()
    {
        var exception = Assert.Throws<ArgumentException>(() => LoopOperations.SumOfSquaresGradient(new double[3], new double[2]));
        Assert.Equal("dX", exception.ParamName);
    }

    [Fact]
    public void The_gradient_span_is_overwritten_not_added_to()
    {
        var gradient = new[] { 100.0, 100.0 };
        LoopOperations.SumOfSquaresGradient(new[] { 1.0, 2.0 }, gradient);
        Assert.Equal(new[] { 2.0, 4.0 }, gradient);
    }

    private static double[] RandomArray(int length) => Enumerable.Range(0, length).Select(_ => Random.NextDouble() * 2 - 1).ToArray();

    private static double CentralDifference(Func<double, double> f, double x)
    {
        var step = 1e-6 * Math.Max(1, Math.Abs(x));
        return (f(x + step) - f(x - step)) / (2 * step);
    }

    private static void AssertMatchesFiniteDifferences(Func<double[], double> f, double[] at, double[] gradient)
    {
        for (var index = 0; index < at.Length; index++)
        {
            var i = index;
            var numeric = CentralDifference(
                value =>
                {
                    var shifted = (double[])at.Clone();
                    shifted[i] = value;
                    return f(shifted);
                },
                at[i]
            );
            Assert.True(
                Math.Abs(gradient[i] - numeric) <= 1e-6 * (1 + Math.Abs(numeric)),
                $"element {i}: generated {gradient[i]}, central difference {numeric}"
            );
        }
    }
}
