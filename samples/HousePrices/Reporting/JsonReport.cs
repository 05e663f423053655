using System.IO;
using System.Text.Json;
using HousePrices.Loading;
using HousePrices.Plotting;
using HousePrices.Training;

namespace HousePrices.Reporting;

/// <summary>The machine-readable report: one JSON object and nothing else, for scripts and CI.</summary>
public static class JsonReport
{
    /// <summary>Writes the report as one indented JSON object followed by a line break.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="data">The data that was fitted.</param>
    /// <param name="trained">The result of gradient descent.</param>
    /// <param name="closedForm">The exact least-squares line.</param>
    /// <param name="agreement">How close the trained line came to the closed form.</param>
    /// <param name="plots">Where the plots were written, or <see langword="null"/> when none were.</param>
    public static void Write(
        TextWriter output,
        DataSet data,
        TrainingResult trained,
        LinearFit closedForm,
        ClosedFormAgreement agreement,
        WrittenPlots? plots
    )
    {
        LinearFit fit = trained.Fit;
        var document = new JsonReportDocument(
            new JsonDataSummary(data.Source, data.XColumn, data.YColumn, data.Count),
            fit.Weight,
            fit.Bias,
            fit.MeanSquaredError,
            trained.Settings.Epochs,
            trained.Settings.LearningRate,
            trained.InitialLoss,
            trained.Elapsed.TotalMilliseconds,
            new JsonLine(closedForm.Weight, closedForm.Bias, closedForm.MeanSquaredError),
            new JsonLine(fit.Weight - closedForm.Weight, fit.Bias - closedForm.Bias, fit.MeanSquaredError - closedForm.MeanSquaredError),
            agreement.LargestRelativeDifference,
            agreement.ReachedClosedForm,
            plots is null ? null : new JsonPlots(plots.Loss, plots.Fit)
        );
        output.WriteLine(JsonSerializer.Serialize(document, JsonReportContext.Default.JsonReportDocument));
    }
}
