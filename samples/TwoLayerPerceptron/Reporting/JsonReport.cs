using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Samples.Common.Loading;
using Samples.Common.Reporting;
using TwoLayerPerceptron.Training;

namespace TwoLayerPerceptron.Reporting;

/// <summary>The machine-readable report: one JSON object and nothing else, for scripts and CI.</summary>
public static class JsonReport
{
    /// <summary>Writes the report as one indented JSON object followed by a line break.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="table">The data.</param>
    /// <param name="trained">The result of training.</param>
    public static void Write(TextWriter output, FeatureTable table, TrainingResult trained)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(trained);
        int epochs = trained.Settings.Epochs;
        JsonLossPoint[] losses = Enumerable
            .Range(1, epochs)
            .Where(epoch => ProgressCheckpoints.IsCheckpoint(epoch, epochs))
            .Select(epoch => new JsonLossPoint(epoch, trained.Losses[epoch - 1]))
            .ToArray();
        var document = new JsonReportDocument(
            table.Source,
            table.TargetName,
            table.FeatureNames,
            trained.Network.HiddenCount,
            trained.Network.WeightDecay,
            trained.Network.Seed,
            epochs,
            trained.Settings.LearningRate,
            trained.Settings.Momentum,
            trained.Elapsed.TotalMilliseconds,
            losses,
            trained.FinalLoss,
            ToJson(trained.Training),
            ToJson(trained.HeldOut)
        );
        output.WriteLine(JsonSerializer.Serialize(document, JsonReportContext.Default.JsonReportDocument));
    }

    private static JsonScore ToJson(SplitScore score) => new(score.Count, score.MeanCrossEntropy, score.Accuracy, score.MajorityAccuracy);
}
