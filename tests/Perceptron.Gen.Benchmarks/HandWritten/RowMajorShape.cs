using System;

namespace Perceptron.Gen.Benchmarks.HandWritten;

/// <summary>The argument checks every hand-written k-feature kernel makes, so that each does the same work as the generated one.</summary>
public static class RowMajorShape
{
    /// <summary>Throws unless there is at least one sample, k features per sample and one gradient slot per weight.</summary>
    /// <param name="featureCount">k, the number of weights.</param>
    /// <param name="sampleCount">n, the number of targets or labels.</param>
    /// <param name="featuresLength">The length of the row-major feature array.</param>
    /// <param name="gradientLength">The length of the span that receives the weights' gradient.</param>
    public static void Require(int featureCount, int sampleCount, int featuresLength, int gradientLength)
    {
        if (sampleCount == 0 || featuresLength != sampleCount * featureCount || gradientLength != featureCount)
        {
            throw new ArgumentException(
                $"Needs n > 0, n·k features and k gradient slots: n = {sampleCount}, k = {featureCount}, "
                    + $"{featuresLength} features, {gradientLength} gradient slots."
            );
        }
    }
}
