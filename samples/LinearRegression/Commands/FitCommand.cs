using System;
using System.IO;
using LinearRegression.Loading;
using LinearRegression.Reference;
using LinearRegression.Reporting;
using LinearRegression.Training;
using Samples.Common.Commands;
using Samples.Common.Loading;
using Samples.Common.Training;

namespace LinearRegression.Commands;

/// <summary>The sample's action: load the data, fit it both ways, and report.</summary>
public static class FitCommand
{
    /// <summary>Runs a fit and writes its report.</summary>
    /// <param name="request">The parsed command line.</param>
    /// <param name="output">Where the report goes.</param>
    /// <param name="error">Where a one-line error goes if the run fails.</param>
    /// <param name="isTerminal">Whether <paramref name="output"/> is an interactive terminal.</param>
    /// <returns>The process exit code; see <see cref="ExitCodes"/>.</returns>
    public static int Execute(TrainingRequest request, TextWriter output, TextWriter error, bool isTerminal)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            FeatureTable table = request.DataPath is null
                ? DiabetesData.Load(request.TargetColumn)
                : CsvTableLoader.LoadFile(request.DataPath, request.TargetColumn, TargetKind.Number);
            RegressionFit reference = LeastSquaresReference.Fit(table);
            if (request.Json)
            {
                TrainingResult trained = LinearTrainer.Train(table, request.Training);
                JsonReport.Write(output, table, trained, reference, FitComparison.Measure(trained.Fit, reference, table));
            }
            else
            {
                var report = new ConsoleReport(output, isTerminal);
                report.WriteIntroduction(table, request.Training);
                TrainingResult trained = report.ShowTraining(request.Training.Epochs, progress =>
                    LinearTrainer.Train(table, request.Training, progress)
                );
                report.WriteResults(table, trained, reference, FitComparison.Measure(trained.Fit, reference, table));
            }

            return ExitCodes.Success;
        }
        catch (DataFileException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (TrainingDivergedException exception)
        {
            error.WriteLine($"error: {exception.MessageWithRemedy(LinearTrainer.DefaultSettings)}");
            return ExitCodes.TrainingDiverged;
        }
    }
}
