namespace Samples.Common.Commands;

/// <summary>The process exit codes of the samples, so that scripts can tell a bad input from a failed training run.</summary>
public static class ExitCodes
{
    /// <summary>The run finished and printed its report.</summary>
    public const int Success = 0;

    /// <summary>
    /// Training diverged: the loss became NaN or infinite, or ended larger than it began, almost always because the learning
    /// rate is too large.
    /// </summary>
    public const int TrainingDiverged = 1;

    /// <summary>
    /// The input was unusable: an invalid option value, or a data file that is missing, malformed, or has no fit (constant or
    /// dependent features, classes that the features separate perfectly).
    /// </summary>
    public const int InvalidInput = 2;
}
