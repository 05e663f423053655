using System;
using HousePrices.Training;
using Spectre.Console;

namespace HousePrices.Reporting;

/// <summary>Progress for a terminal: a live Spectre.Console bar showing the current loss, with checkpoint lines above it.</summary>
public static class LiveProgressBar
{
    /// <summary>Runs training under a progress bar that stays on screen when it is done.</summary>
    /// <param name="console">An interactive console.</param>
    /// <param name="totalEpochs">The number of epochs, the bar's full length.</param>
    /// <param name="train">Runs training, reporting every epoch to the progress it is given.</param>
    /// <returns>What <paramref name="train"/> returns.</returns>
    public static TrainingResult Run(IAnsiConsole console, int totalEpochs, Func<IProgress<EpochLoss>, TrainingResult> train)
    {
        return console
            .Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                ProgressTask task = context.AddTask("training", maxValue: totalEpochs);
                return train(new TaskProgress(console, task));
            });
    }

    private sealed class TaskProgress(IAnsiConsole console, ProgressTask task) : IProgress<EpochLoss>
    {
        public void Report(EpochLoss value)
        {
            string line = ProgressCheckpoints.Describe(value);
            task.Description = Markup.Escape(line);
            task.Value = value.Epoch;

            // Lines written while the bar is live appear above it, so the checkpoints stay on screen as a log.
            if (ProgressCheckpoints.IsCheckpoint(value.Epoch, value.TotalEpochs))
            {
                console.MarkupLine("  [grey]" + Markup.Escape(line) + "[/]");
            }
        }
    }
}
