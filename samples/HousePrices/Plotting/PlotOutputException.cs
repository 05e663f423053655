using System;

namespace HousePrices.Plotting;

/// <summary>The plots cannot be written: the folder given for them is a file, cannot be created, or refuses a file.</summary>
public sealed class PlotOutputException : Exception
{
    /// <summary>Creates the exception for a folder and what is wrong with it.</summary>
    /// <param name="folder">The folder as the user gave it.</param>
    /// <param name="problem">What is wrong, as a lower-case phrase without a final period.</param>
    /// <param name="innerException">The exception that revealed the problem, if any.</param>
    public PlotOutputException(string folder, string problem, Exception? innerException = null)
        : base($"cannot write the plots to '{folder}': {problem}", innerException)
    {
        Folder = folder;
        Problem = problem;
    }

    /// <summary>The folder as the user gave it.</summary>
    public string Folder { get; }

    /// <summary>What is wrong, without the folder.</summary>
    public string Problem { get; }
}
