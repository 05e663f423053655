using System;
using System.IO;
using LogisticRegression.Loading;
using LogisticRegression.Reference;
using LogisticRegression.Reporting;
using LogisticRegression.Training;
using Samples.Common.Commands;
using Samples.Common.Loading;
using Samples.Common.Training;

namespace LogisticRegression.Commands;

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
                ? PimaData.Load(request.TargetColumn)
                : CsvTableLoader.LoadFile(request.DataPath, request.TargetColumn, TargetKind.ZeroOrOne);
            ClassifierFit reference = NewtonMaximumLikelihood.Fit(table, out int iterations);
            if (request.Json)
            {
                TrainingResult trained = LogisticTrainer.Train(table, request.Training);
                JsonReport.Write(output, table, trained, reference, iterations, FitComparison.Measure(trained.Fit, reference, table));
            }
            else
            {
                var report = new ConsoleReport(output, isTerminal);
                report.WriteIntroduction(table, request.Training);
                TrainingResult trained = report.ShowTraining(request.Training.Epochs, progress =>
                    LogisticTrainer.Train(table, request.Training, progress)
                );
                report.WriteResults(table, trained, reference, iterations, FitComparison.Measure(trained.Fit, reference, table));
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
            error.WriteLine($"error: {exception.MessageWithRemedy(LogisticTrainer.DefaultSettings)}");
            return ExitCodes.TrainingDiverged;
        }
    }
}
