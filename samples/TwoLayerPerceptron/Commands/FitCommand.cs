using System;
using System.IO;
using Samples.Common.Commands;
using Samples.Common.Loading;
using Samples.Common.Training;
using TwoLayerPerceptron.Loading;
using TwoLayerPerceptron.Reporting;
using TwoLayerPerceptron.Training;

namespace TwoLayerPerceptron.Commands;

/// <summary>The sample's action: load the data, train the network, and report.</summary>
public static class FitCommand
{
    /// <summary>Runs training and writes its report.</summary>
    /// <param name="request">The parsed command line.</param>
    /// <param name="output">Where the report goes.</param>
    /// <param name="error">Where a one-line error goes if the run fails.</param>
    /// <param name="isTerminal">Whether <paramref name="output"/> is an interactive terminal.</param>
    /// <returns>The process exit code; see <see cref="ExitCodes"/>.</returns>
    public static int Execute(TwoLayerRequest request, TextWriter output, TextWriter error, bool isTerminal)
    {
        ArgumentNullException.ThrowIfNull(request);
        TrainingRequest shared = request.Shared;
        try
        {
            FeatureTable table = shared.DataPath is null
                ? PimaData.Load(shared.TargetColumn)
                : CsvTableLoader.LoadFile(shared.DataPath, shared.TargetColumn, TargetKind.ZeroOrOne);
            if (shared.Json)
            {
                JsonReport.Write(output, table, NetworkTrainer.Train(table, shared.Training, request.Network));
            }
            else
            {
                var report = new ConsoleReport(output, isTerminal);
                report.WriteIntroduction(table, shared.Training, request.Network);
                TrainingResult trained = report.ShowTraining(shared.Training.Epochs, progress =>
                    NetworkTrainer.Train(table, shared.Training, request.Network, progress)
                );
                report.WriteResults(trained);
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
            error.WriteLine($"error: {exception.MessageWithRemedy(NetworkTrainer.DefaultSettings)}");
            return ExitCodes.TrainingDiverged;
        }
    }
}
