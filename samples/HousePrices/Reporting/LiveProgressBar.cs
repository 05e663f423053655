using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using HousePrices.Training;
using Samples.Common.Reporting;
using Spectre.Console;
using EpochLoss = Samples.Common.Training.EpochLoss;

namespace HousePrices.Reporting;

/// <summary>
/// Progress for a terminal: the checkpoint lines, and for a run that is still going after <see cref="DefaultDelay"/> a live
/// Spectre.Console bar below them with the current loss. A shorter run, such as the default one of a few milliseconds, shows
/// no bar, since one would only flash.
/// </summary>
/// <remarks>
/// Training runs on a worker thread and only stores the latest epoch and queues checkpoints, a few nanoseconds per epoch; this
/// thread draws them every <see cref="RefreshInterval"/>. Spectre.Console's live display is not safe to write from two threads,
/// so every write to the console happens here.
/// </remarks>
public static class LiveProgressBar
{
    /// <summary>How long a run goes before the bar appears.</summary>
    public static readonly TimeSpan DefaultDelay = TimeSpan.FromSeconds(0.5);

    /// <summary>How often the bar and the checkpoint lines are brought up to date while it is shown.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Runs training, showing its checkpoints and, if it takes long, a progress bar that stays on screen when done.</summary>
    /// <param name="console">An interactive console.</param>
    /// <param name="totalEpochs">The number of epochs, the bar's full length.</param>
    /// <param name="train">Runs training, reporting every epoch to the progress it is given.</param>
    /// <param name="delay">How long a run goes before the bar appears; <see cref="DefaultDelay"/> if null.</param>
    /// <returns>What <paramref name="train"/> returns.</returns>
    /// <exception cref="Exception">Whatever <paramref name="train"/> throws, unwrapped.</exception>
    public static TrainingResult Run(
        IAnsiConsole console,
        int totalEpochs,
        Func<IProgress<EpochLoss>, TrainingResult> train,
        TimeSpan? delay = null
    )
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(train);
        var progress = new LatestEpoch();
        Task<TrainingResult> training = Task.Factory.StartNew(
            () => train(progress),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default
        );

        // WaitAny, unlike Wait, does not throw when training fails; the failure is rethrown unwrapped below.
        if (Task.WaitAny([training], delay ?? DefaultDelay) < 0)
        {
            ShowBarUntilDone(console, totalEpochs, training, progress);
        }

        progress.WriteCheckpoints(console);
        return training.GetAwaiter().GetResult();
    }

    private static void ShowBarUntilDone(IAnsiConsole console, int totalEpochs, Task training, LatestEpoch progress)
    {
        console
            .Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                ProgressTask task = context.AddTask("training", maxValue: totalEpochs);
                bool done;
                do
                {
                    done = Task.WaitAny([training], RefreshInterval) >= 0;

                    // Lines written while the bar is live appear above it, so the checkpoints stay on screen as a log.
                    progress.WriteCheckpoints(console);
                    if (progress.Latest() is EpochLoss latest)
                    {
                        task.Description = Markup.Escape(ProgressCheckpoints.Describe(latest));
                        task.Value = latest.Epoch;
                    }
                } while (!done);
            });
    }

    /// <summary>What the training thread reports: the latest epoch, and the checkpoints not yet written.</summary>
    private sealed class LatestEpoch : IProgress<EpochLoss>
    {
        private readonly ConcurrentQueue<EpochLoss> checkpoints = new();
        private int epoch;
        private int totalEpochs;
        private double loss;

        public void Report(EpochLoss value)
        {
            // The loss is written before the epoch, so a reader that sees an epoch sees a loss at least that recent; a loss
            // one epoch newer than its epoch number is harmless on a progress bar, and a lock per epoch would not be.
            Volatile.Write(ref loss, value.Loss);
            totalEpochs = value.TotalEpochs;
            Volatile.Write(ref epoch, value.Epoch);
            if (ProgressCheckpoints.IsCheckpoint(value.Epoch, value.TotalEpochs))
            {
                checkpoints.Enqueue(value);
            }
        }

        public EpochLoss? Latest()
        {
            int current = Volatile.Read(ref epoch);
            return current == 0 ? null : new EpochLoss(current, Volatile.Read(ref totalEpochs), Volatile.Read(ref loss));
        }

        public void WriteCheckpoints(IAnsiConsole console)
        {
            while (checkpoints.TryDequeue(out EpochLoss checkpoint))
            {
                console.MarkupLine("  [grey]" + Markup.Escape(ProgressCheckpoints.Describe(checkpoint)) + "[/]");
            }
        }
    }
}
