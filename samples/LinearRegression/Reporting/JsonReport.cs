using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using LinearRegression.Training;
using Samples.Common.Loading;

namespace LinearRegression.Reporting;

/// <summary>The machine-readable report: one JSON object and nothing else, for scripts and CI.</summary>
public static class JsonReport
{
    /// <summary>Writes the report as one indented JSON object followed by a line break.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="table">The data.</param>
    /// <param name="trained">The result of training.</param>
    /// <param name="reference">The least-squares fit.</param>
    /// <param name="comparison">How close the two are.</param>
    public static void Write(
        TextWriter output,
        FeatureTable table,
        TrainingResult trained,
        RegressionFit reference,
        FitComparison comparison
    )
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(trained);
        ArgumentNullException.ThrowIfNull(comparison);
        var document = new JsonReportDocument(
            table.Source,
            table.TargetName,
            table.FeatureNames,
            table.RowCount,
            trained.Settings.Epochs,
            trained.Settings.LearningRate,
            trained.Settings.Momentum,
            trained.InitialLoss,
            trained.Elapsed.TotalMilliseconds,
            ToJson(trained.Fit, table),
            ToJson(reference, table),
            comparison.LargestRelativeDifference,
            comparison.LargestAt,
            comparison.ReachedReference
        );
        output.WriteLine(JsonSerializer.Serialize(document, JsonReportContext.Default.JsonReportDocument));
    }

    private static JsonFit ToJson(RegressionFit fit, FeatureTable table)
    {
        Dictionary<string, double> weights = table
            .FeatureNames.Select((name, j) => (name, fit.Coefficients.Weights[j]))
            .ToDictionary(pair => pair.name, pair => pair.Item2);
        return new JsonFit(weights, fit.Coefficients.Bias, fit.MeanSquaredError);
    }
}
