using System;
using System.IO;
using Samples.Common.Training;
using Spectre.Console;

namespace Samples.Common.Reporting;

/// <summary>Shows training's progress the way the output can show it: a live bar on a terminal, checkpoint lines otherwise.</summary>
public static class TrainingProgress
{
    /// <summary>Runs training while showing its progress.</summary>
    /// <typeparam name="TResult">What training returns.</typeparam>
    /// <param name="console">The report's console.</param>
    /// <param name="output">The writer behind <paramref name="console"/>, for plain checkpoint lines.</param>
    /// <param name="isTerminal">Whether the output is an interactive terminal.</param>
    /// <param name="totalEpochs">The number of epochs.</param>
    /// <param name="train">Runs training, reporting every epoch to the progress it is given.</param>
    /// <returns>What <paramref name="train"/> returns.</returns>
    public static TResult Show<TResult>(
        IAnsiConsole console,
        TextWriter output,
        bool isTerminal,
        int totalEpochs,
        Func<IProgress<EpochLoss>, TResult> train
    )
    {
        ArgumentNullException.ThrowIfNull(train);
        return isTerminal ? LiveProgressBar.Run(console, totalEpochs, train) : train(new CheckpointLog(output));
    }
}
