using System;
using HousePrices.Loading;
using HousePrices.Training;
using Xunit;

namespace HousePrices.Tests;

public sealed class ClosedFormAgreementTests
{
    private static readonly DataSet Boston = EmbeddedDataSet.Load();

    [Theory]
    [InlineData(0.1, 62)]
    [InlineData(0.01, 684)]
    [InlineData(0.9, 62)]
    [InlineData(0.5, 1)]
    public void EpochsToReachFollowTheShrinkFactorOfOneMinusTwiceTheRate(double learningRate, double epochs)
    {
        // |1 − 2α|ⁿ ≤ 10⁻⁶: n = ⌈ln 10⁻⁶ / ln |1 − 2α|⌉; 0.8⁶² ≈ 9.8·10⁻⁷ and 0.98⁶⁸⁴ ≈ 9.9·10⁻⁷.
        Assert.Equal(epochs, ClosedFormAgreement.EpochsToReach(learningRate));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1.5)]
    public void EpochsToReachAreInfiniteFromARateOfOne(double learningRate)
    {
        Assert.Equal(double.PositiveInfinity, ClosedFormAgreement.EpochsToReach(learningRate));
    }

    [Theory]
    [InlineData(61, false)]
    [InlineData(62, true)]
    public void TrainingReachesTheClosedFormAtTheEpochThePredictionGives(int epochs, bool reached)
    {
        TrainingResult trained = GradientDescentTrainer.Train(Boston.X.AsSpan(), Boston.Y.AsSpan(), new TrainingSettings(epochs));
        LinearFit closedForm = ClosedFormLeastSquares.Fit(Boston.X.AsSpan(), Boston.Y.AsSpan());

        ClosedFormAgreement agreement = ClosedFormAgreement.Measure(trained, closedForm);

        // From w = b = 0 the slope and intercept each keep exactly the fraction 0.8ⁿ of their distance to the closed form.
        Assert.Equal(Math.Pow(0.8, epochs), agreement.LargestRelativeDifference, 1e-9);
        Assert.Equal(reached, agreement.ReachedClosedForm);
    }

    [Fact]
    public void DifferenceFromANonZeroValueIsRelativeToThatValue()
    {
        TrainingResult trained = Result(new LinearFit(2.002, 10, 5), initialLoss: 100, standardDeviation: 1);

        ClosedFormAgreement agreement = ClosedFormAgreement.Measure(trained, new LinearFit(2, 10, 5));

        Assert.Equal(0.001, agreement.LargestRelativeDifference, 1e-12);
        Assert.False(agreement.ReachedClosedForm);
    }

    [Fact]
    public void DifferenceFromAZeroValueIsRelativeToAMillionthOfTheDataScale()
    {
        // mean y² = 100, so √(mean y²) = 10: an intercept of 10⁻¹⁷ against 0 is 10⁻¹⁷ / (10⁻⁶ · 10) = 10⁻¹².
        TrainingResult trained = Result(new LinearFit(2, 1e-17, 0), initialLoss: 100, standardDeviation: 1);

        ClosedFormAgreement agreement = ClosedFormAgreement.Measure(trained, new LinearFit(2, 0, 0));

        Assert.Equal(1e-12, agreement.LargestRelativeDifference, 1e-24);
        Assert.True(agreement.ReachedClosedForm);
    }

    [Fact]
    public void IdenticalLinesDifferByNothing()
    {
        var line = new LinearFit(9.1, -34.7, 43.6);

        ClosedFormAgreement agreement = ClosedFormAgreement.Measure(Result(line, initialLoss: 592, standardDeviation: 0.7), line);

        Assert.Equal(0, agreement.LargestRelativeDifference);
        Assert.True(agreement.ReachedClosedForm);
    }

    private static TrainingResult Result(LinearFit fit, double initialLoss, double standardDeviation)
    {
        var standardization = new Standardization(0, standardDeviation);
        return new TrainingResult(
            fit,
            fit,
            standardization,
            new TrainingSettings(),
            initialLoss,
            TimeSpan.Zero,
            new LossCurve([0], [initialLoss])
        );
    }
}
