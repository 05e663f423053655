using System;
using System.Linq;
using Xunit;

namespace HousePrices.Tests;

/// <summary>
/// The contract of the column-wise methods that Perceptron.Gen generates for <see cref="PricePerceptron"/>, checked against
/// the per-sample model and against finite differences, so the tests hold for the generated code as for any stand-in.
/// </summary>
public sealed class PricePerceptronTests
{
    private static readonly double[] X = [0.5, -1.25, 2, 3.75, -0.5];
    private static readonly double[] Y = [1, -2, 4.5, 6, 0.25];

    [Fact]
    public void ForwardPredictsEverySampleWithTheModel()
    {
        double[] predictions = new double[X.Length];

        PricePerceptron.Forward(1.75, -0.5, X, predictions);

        Assert.Equal(X.Select(x => PricePerceptron.Predict(1.75, -0.5, x)), predictions);
        Assert.Equal(1.75 * 2 - 0.5, predictions[2]);
    }

    [Fact]
    public void LossIsTheMeanSquaredError()
    {
        double expected = X.Zip(Y, (x, y) => Math.Pow((1.75 * x) - 0.5 - y, 2)).Average();

        Assert.Equal(expected, PricePerceptron.Loss(1.75, -0.5, X, Y), 1e-12);
    }

    [Fact]
    public void BackwardReturnsTheLossAndTheHandDerivedGradient()
    {
        double[] errors = X.Select(x => (1.75 * x) - 0.5).Zip(Y, (prediction, y) => prediction - y).ToArray();

        double loss = PricePerceptron.Backward(1.75, -0.5, X, Y, out double dW, out double dB);

        Assert.Equal(errors.Average(e => e * e), loss, 1e-12);
        Assert.Equal(2.0 / X.Length * errors.Zip(X, (e, x) => e * x).Sum(), dW, 1e-12);
        Assert.Equal(2.0 / X.Length * errors.Sum(), dB, 1e-12);
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(1.75, -0.5)]
    [InlineData(-3.0, 10.0)]
    public void BackwardAgreesWithCentralFiniteDifferencesOfTheLoss(double w, double b)
    {
        const double step = 1e-6;

        PricePerceptron.Backward(w, b, X, Y, out double dW, out double dB);

        double numericDW = (PricePerceptron.Loss(w + step, b, X, Y) - PricePerceptron.Loss(w - step, b, X, Y)) / (2 * step);
        double numericDB = (PricePerceptron.Loss(w, b + step, X, Y) - PricePerceptron.Loss(w, b - step, X, Y)) / (2 * step);
        Assert.Equal(numericDW, dW, 1e-6);
        Assert.Equal(numericDB, dB, 1e-6);
    }

    [Fact]
    public void BackwardRejectsColumnsOfDifferentLengths()
    {
        Assert.Throws<ArgumentException>(() => PricePerceptron.Backward(1, 0, X, Y.AsSpan(1), out _, out _));
    }

    [Fact]
    public void BackwardRejectsEmptyColumns()
    {
        Assert.Throws<ArgumentException>(() => PricePerceptron.Backward(1, 0, [], [], out _, out _));
    }
}
