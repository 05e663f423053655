using System;
using System.Diagnostics;
using EpochLoss = Samples.Common.Training.EpochLoss;

namespace HousePrices.Training;

/// <summary>
/// Full-batch gradient descent for <see cref="PricePerceptron"/>. Every gradient comes from the generated
/// <see cref="PricePerceptron.Backward"/>: this class holds no derivative of its own.
/// </summary>
public static class GradientDescentTrainer
{
    /// <summary>
    /// Trains w and b from zero on the standardized feature, then reports the line in the data's own units.
    /// </summary>
    /// <param name="x">The feature, one value per sample, with some spread.</param>
    /// <param name="y">The target, one value per sample.</param>
    /// <param name="settings">Epochs and learning rate.</param>
    /// <param name="progress">Told the loss at the start of every epoch, synchronously; may be null.</param>
    /// <returns>The trained line, its loss, the loss after each epoch and the time the loop took.</returns>
    /// <exception cref="ArgumentException">The columns differ in length, are empty, or x has no spread.</exception>
    /// <exception cref="TrainingDivergedException">The loss became NaN or infinite, or ended larger than it began.</exception>
    public static TrainingResult Train(
        ReadOnlySpan<double> x,
        ReadOnlySpan<double> y,
        TrainingSettings settings,
        IProgress<EpochLoss>? progress = null
    )
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"x has {x.Length} samples but y has {y.Length}.", nameof(y));
        }

        Standardization standardization = Standardization.Of(x);
        double[] standardizedX = standardization.Apply(x);
        double weight = 0;
        double bias = 0;
        double initialLoss = double.NaN;
        var lossCurve = new LossCurveRecorder(settings.Epochs);

        Stopwatch stopwatch = Stopwatch.StartNew();
        for (int epoch = 1; epoch <= settings.Epochs; epoch++)
        {
            // One fused pass: the loss at the current parameters and its gradient.
            double loss = LossAndGradient(weight, bias, standardizedX, y, epoch, settings, out double dW, out double dB);
            if (epoch == 1)
            {
                initialLoss = loss;
            }

            lossCurve.Record(epoch - 1, loss);

            progress?.Report(new EpochLoss(epoch, settings.Epochs, loss));
            weight -= settings.LearningRate * dW;
            bias -= settings.LearningRate * dB;
        }

        double finalLoss = LossAndGradient(weight, bias, standardizedX, y, settings.Epochs, settings, out _, out _);
        stopwatch.Stop();

        // The last step can overflow even when the loss it started from was finite.
        ThrowIfNotFinite(finalLoss, settings.Epochs, settings);
        lossCurve.Record(settings.Epochs, finalLoss);

        // A loss that ends above where it began has moved away from the minimum: divergence that has not overflowed yet.
        if (finalLoss > initialLoss)
        {
            throw new TrainingDivergedException(settings.Epochs, initialLoss, finalLoss, settings.LearningRate);
        }

        var standardizedFit = new LinearFit(weight, bias, finalLoss);
        return new TrainingResult(
            standardization.ToDataUnits(standardizedFit),
            standardizedFit,
            standardization,
            settings,
            initialLoss,
            stopwatch.Elapsed,
            lossCurve.ToCurve()
        );
    }

    /// <summary>
    /// The generated <see cref="PricePerceptron.Backward"/>, with its refusals turned into what they mean here: the data
    /// were checked when read, so a non-finite parameter or an overflow can only come from diverging steps.
    /// </summary>
    private static double LossAndGradient(
        double weight,
        double bias,
        double[] x,
        ReadOnlySpan<double> y,
        int epoch,
        TrainingSettings settings,
        out double dW,
        out double dB
    )
    {
        try
        {
            double loss = PricePerceptron.Backward(weight, bias, x, y, out dW, out dB);
            ThrowIfNotFinite(loss, epoch, settings);
            return loss;
        }
        catch (OverflowException)
        {
            throw new TrainingDivergedException(epoch, double.PositiveInfinity, settings.LearningRate);
        }
        catch (ArgumentException) when (!double.IsFinite(weight) || !double.IsFinite(bias))
        {
            throw new TrainingDivergedException(epoch, double.NaN, settings.LearningRate);
        }
    }

    private static void ThrowIfNotFinite(double loss, int epoch, TrainingSettings settings)
    {
        if (!double.IsFinite(loss))
        {
            throw new TrainingDivergedException(epoch, loss, settings.LearningRate);
        }
    }
}
