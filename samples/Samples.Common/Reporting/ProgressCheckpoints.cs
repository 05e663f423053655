using System;
using System.Globalization;
using Samples.Common.Training;

namespace Samples.Common.Reporting;

/// <summary>The epochs whose loss is written out as progress: the first, every tenth of the run, and the last.</summary>
public static class ProgressCheckpoints
{
    private const int CheckpointsPerRun = 10;

    /// <summary>Whether an epoch's loss is written out.</summary>
    /// <param name="epoch">The 1-based epoch.</param>
    /// <param name="totalEpochs">The number of epochs in the run.</param>
    /// <returns><see langword="true"/> for about a dozen epochs spread evenly over the run.</returns>
    public static bool IsCheckpoint(int epoch, int totalEpochs)
    {
        int interval = Math.Max(1, totalEpochs / CheckpointsPerRun);
        return epoch == 1 || epoch == totalEpochs || epoch % interval == 0;
    }

    /// <summary>Formats one progress line, the same in every output mode so that logs and terminals read alike.</summary>
    /// <param name="progress">The epoch and its loss.</param>
    /// <returns>For example <c>epoch  100/1000  starts at loss 2859.6963</c>: the loss its gradient step is taken at.</returns>
    public static string Describe(EpochLoss progress)
    {
        int width = progress.TotalEpochs.ToString(CultureInfo.InvariantCulture).Length;
        string epoch = progress.Epoch.ToString(CultureInfo.InvariantCulture).PadLeft(width);
        return string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}/{progress.TotalEpochs}  starts at loss {progress.Loss:G8}");
    }
}
