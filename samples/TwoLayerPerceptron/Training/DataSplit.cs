using System;
using System.Linq;
using Samples.Common.Loading;
using Samples.Common.Training;

namespace TwoLayerPerceptron.Training;

/// <summary>
/// The rows divided at random into a training part and a held-out part, both standardized with the training part's means and
/// standard deviations, so that nothing about the held-out rows leaks into training.
/// </summary>
/// <param name="TrainingFeatures">The training rows' standardized features, row-major.</param>
/// <param name="TrainingLabels">The training rows' classes.</param>
/// <param name="HeldOutFeatures">The held-out rows' standardized features, row-major.</param>
/// <param name="HeldOutLabels">The held-out rows' classes.</param>
/// <param name="Scaling">The training rows' means and standard deviations.</param>
public sealed record DataSplit(
    double[] TrainingFeatures,
    double[] TrainingLabels,
    double[] HeldOutFeatures,
    double[] HeldOutLabels,
    FeatureScaling Scaling
)
{
    /// <summary>Splits a table, holding out a fraction of its rows chosen by a shuffle.</summary>
    /// <param name="table">The data; at least two rows.</param>
    /// <param name="heldOutFraction">The share of rows to hold out, rounded down, but at least one row and never all of them.</param>
    /// <param name="random">The source of the shuffle.</param>
    /// <returns>The split.</returns>
    /// <exception cref="DataFileException">The table has fewer than two rows, so it cannot be split.</exception>
    public static DataSplit Create(FeatureTable table, double heldOutFraction, Random random)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(random);
        if (table.RowCount < 2)
        {
            throw new DataFileException(table.Source, null, null, "one data row cannot be split into training and held-out rows; add more");
        }

        int[] order = Enumerable.Range(0, table.RowCount).ToArray();
        random.Shuffle(order);
        int heldOutCount = Math.Clamp((int)(table.RowCount * heldOutFraction), 1, table.RowCount - 1);
        int[] heldOut = order[..heldOutCount];
        int[] training = order[heldOutCount..];

        double[] rawTraining = Rows(table, training);
        FeatureScaling scaling = FeatureScaling.Of(rawTraining, table.FeatureCount);
        return new DataSplit(
            scaling.Apply(rawTraining),
            training.Select(row => table.Targets[row]).ToArray(),
            scaling.Apply(Rows(table, heldOut)),
            heldOut.Select(row => table.Targets[row]).ToArray(),
            scaling
        );
    }

    private static double[] Rows(FeatureTable table, int[] rows)
    {
        int featureCount = table.FeatureCount;
        var features = new double[rows.Length * featureCount];
        for (int r = 0; r < rows.Length; r++)
        {
            table.Features.AsSpan(rows[r] * featureCount, featureCount).CopyTo(features.AsSpan(r * featureCount));
        }

        return features;
    }
}
