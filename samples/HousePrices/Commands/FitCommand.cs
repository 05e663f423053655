using System;
using System.IO;
using HousePrices.Loading;
using HousePrices.Plotting;
using HousePrices.Reporting;
using HousePrices.Training;
using Samples.Common.Loading;

namespace HousePrices.Commands;

/// <summary>
/// The default action: load the data, train by gradient descent, compare with the closed-form fit, and draw both in PNG plots.
/// </summary>
public static class FitCommand
{
    /// <summary>Runs a fit and writes its report.</summary>
    /// <param name="options">The parsed command line.</param>
    /// <param name="output">Where the report goes.</param>
    /// <param name="error">Where a one-line error goes if the run fails.</param>
    /// <param name="isTerminal">Whether <paramref name="output"/> is an interactive terminal.</param>
    /// <returns>The process exit code; see <see cref="ExitCodes"/>.</returns>
    public static int Execute(HousePricesOptions options, TextWriter output, TextWriter error, bool isTerminal)
    {
        try
        {
            DataSet data = Load(options);
            if (options.PlotsFolder is string folder)
            {
                // A folder that cannot be used is reported now rather than after a long training run.
                TrainingPlots.PrepareFolder(folder);
            }

            LinearFit closedForm = ClosedFormLeastSquares.Fit(data.X.AsSpan(), data.Y.AsSpan());
            TrainingResult trained;
            ClosedFormAgreement agreement;
            if (options.Json)
            {
                trained = GradientDescentTrainer.Train(data.X.AsSpan(), data.Y.AsSpan(), options.Training);
                agreement = ClosedFormAgreement.Measure(trained, closedForm);
                WrittenPlots? plots = WritePlots(options, data, trained, closedForm);
                JsonReport.Write(output, data, trained, closedForm, agreement, plots);
            }
            else
            {
                var report = new ConsoleReport(output, isTerminal);
                report.WriteIntroduction(data, options.Training);
                trained = report.ShowTraining(options.Training.Epochs, progress =>
                    GradientDescentTrainer.Train(data.X.AsSpan(), data.Y.AsSpan(), options.Training, progress)
                );
                agreement = ClosedFormAgreement.Measure(trained, closedForm);
                report.WriteResults(data, trained, closedForm, agreement);
                if (WritePlots(options, data, trained, closedForm) is WrittenPlots plots)
                {
                    report.WritePlots(plots);
                }
            }

            // The report is written either way, so a failing CI run still shows how far training got.
            if (options.RequireClosedForm && !agreement.ReachedClosedForm)
            {
                error.WriteLine($"error: {ClosedFormVerdict.NotReached(agreement)}. {ClosedFormVerdict.Remedy(trained.Settings)}");
                return ExitCodes.ClosedFormNotReached;
            }

            return ExitCodes.Success;
        }
        catch (DataFileException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (PlotOutputException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            return ExitCodes.PlotsNotWritten;
        }
        catch (TrainingDivergedException exception)
        {
            error.WriteLine($"error: {exception.Message}; try a smaller --learning-rate, such as {TrainingSettings.DefaultLearningRate}.");
            return ExitCodes.TrainingDiverged;
        }
    }

    private static WrittenPlots? WritePlots(HousePricesOptions options, DataSet data, TrainingResult trained, LinearFit closedForm)
    {
        return options.PlotsFolder is string folder ? TrainingPlots.Write(folder, data, trained, closedForm) : null;
    }

    private static DataSet Load(HousePricesOptions options)
    {
        DataSet data = options.DataPath is null
            ? EmbeddedDataSet.Load(options.XColumn, options.YColumn)
            : CsvDataLoader.LoadFile(options.DataPath, options.XColumn, options.YColumn);

        // Both fits divide by the spread of x; without one, no line is determined.
        if (!HasSpread(data.X.AsSpan()))
        {
            const string problem = "every row has the same value, so no line can be fitted; the feature needs two different values";
            throw new DataFileException(data.Source, null, data.XColumn, problem);
        }

        return data;
    }

    private static bool HasSpread(ReadOnlySpan<double> values)
    {
        foreach (double value in values)
        {
            if (value != values[0])
            {
                return true;
            }
        }

        return false;
    }
}
