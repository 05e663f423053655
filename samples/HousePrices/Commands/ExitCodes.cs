namespace HousePrices.Commands;

/// <summary>The process exit codes of the sample, so that scripts can tell a bad input from a failed training run.</summary>
public static class ExitCodes
{
    /// <summary>The run finished and printed its report.</summary>
    public const int Success = 0;

    /// <summary>
    /// Training diverged: the loss became NaN or infinite, or ended larger than it began, almost always because the learning
    /// rate is too large.
    /// </summary>
    public const int TrainingDiverged = 1;

    /// <summary>The input was unusable: an invalid option value, or a data file that is missing or malformed.</summary>
    public const int InvalidInput = 2;

    /// <summary>
    /// <c>--require-closed-form</c> was given and training ended with a finite loss but short of the closed-form fit. Without
    /// that option such a run exits with <see cref="Success"/> and a warning: too few epochs is a choice, not a failure.
    /// </summary>
    public const int ClosedFormNotReached = 3;

    /// <summary>
    /// The plots could not be written: the <c>--plots</c> folder is a file or cannot be created (found before training), or a
    /// plot file cannot be written into it (after the report).
    /// </summary>
    public const int PlotsNotWritten = 4;
}
