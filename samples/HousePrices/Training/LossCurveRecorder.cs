using System.Collections.Immutable;

namespace HousePrices.Training;

/// <summary>
/// Collects a <see cref="LossCurve"/> during training. Recording is one comparison and, on a kept epoch, one store into an array
/// sized in advance, against a pass over every sample for the loss itself, so it costs the training loop nothing measurable.
/// </summary>
internal sealed class LossCurveRecorder
{
    private readonly int totalEpochs;
    private readonly int stride;
    private readonly int[] epochs;
    private readonly double[] losses;
    private int count;
    private int nextKeptEpoch;

    /// <summary>Prepares to record a run.</summary>
    /// <param name="totalEpochs">The run's epochs; positive.</param>
    public LossCurveRecorder(int totalEpochs)
    {
        this.totalEpochs = totalEpochs;
        stride = LossCurve.StrideFor(totalEpochs);

        // Points at 0, stride, 2·stride, … up to totalEpochs, and totalEpochs itself when the stride does not divide it.
        int capacity = (totalEpochs / stride) + 2;
        epochs = new int[capacity];
        losses = new double[capacity];
    }

    /// <summary>Keeps the loss after a number of epochs if the curve has a point there.</summary>
    /// <param name="epochsDone">How many epochs have run, from 0 to the run's epochs, rising from call to call.</param>
    /// <param name="loss">The loss at that point.</param>
    public void Record(int epochsDone, double loss)
    {
        if (epochsDone == nextKeptEpoch || epochsDone == totalEpochs)
        {
            epochs[count] = epochsDone;
            losses[count] = loss;
            count++;
            nextKeptEpoch = epochsDone + stride;
        }
    }

    /// <summary>The points recorded so far.</summary>
    /// <returns>The curve.</returns>
    public LossCurve ToCurve() => new(ImmutableArray.Create(epochs, 0, count), ImmutableArray.Create(losses, 0, count));
}
