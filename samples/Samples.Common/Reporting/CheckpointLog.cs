using System;
using System.IO;
using Samples.Common.Training;

namespace Samples.Common.Reporting;

/// <summary>Progress for output that is not a terminal: one plain line per checkpoint, written as training reaches it.</summary>
/// <param name="output">Where the lines go.</param>
public sealed class CheckpointLog(TextWriter output) : IProgress<EpochLoss>
{
    /// <inheritdoc/>
    public void Report(EpochLoss value)
    {
        if (ProgressCheckpoints.IsCheckpoint(value.Epoch, value.TotalEpochs))
        {
            output.WriteLine("  " + ProgressCheckpoints.Describe(value));
        }
    }
}
