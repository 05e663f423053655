using System;
using System.IO;
using HousePrices.Loading;
using HousePrices.Training;
using ScottPlot;

namespace HousePrices.Plotting;

/// <summary>Writes the two PNG plots of a run into a folder: the loss by epoch and the fitted line through the data.</summary>
public static class TrainingPlots
{
    /// <summary>The folder the plots go to when the command line names none: <c>out</c> in the current folder.</summary>
    public const string DefaultFolder = "out";

    /// <summary>The file name of the loss plot.</summary>
    public const string LossFileName = "loss.png";

    /// <summary>The file name of the plot of the data and the fitted lines.</summary>
    public const string FitFileName = "fit.png";

    /// <summary>The width of each image in pixels.</summary>
    public const int Width = 800;

    /// <summary>The height of each image in pixels.</summary>
    public const int Height = 500;

    /// <summary>
    /// Creates the folder for the plots if it does not exist, before training, so that a folder that cannot be used is reported
    /// at once rather than after a long run.
    /// </summary>
    /// <param name="folder">The folder as the user gave it, absolute or relative to the current folder.</param>
    /// <returns>The folder's absolute path.</returns>
    /// <exception cref="PlotOutputException">The path is a file, or the folder cannot be created.</exception>
    public static string PrepareFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (File.Exists(folder))
        {
            throw new PlotOutputException(folder, "it is a file, not a folder; name a folder, which is created if it is missing");
        }

        try
        {
            return Directory.CreateDirectory(folder).FullName;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new PlotOutputException(folder, $"the folder cannot be created: {exception.Message}", exception);
        }
    }

    /// <summary>Draws both plots and writes them as PNG files, replacing any of the same name.</summary>
    /// <param name="folder">The folder as the user gave it; created if it is missing.</param>
    /// <param name="data">The data that was fitted.</param>
    /// <param name="trained">The result of gradient descent.</param>
    /// <param name="closedForm">The exact least-squares line.</param>
    /// <returns>The files' absolute paths.</returns>
    /// <exception cref="PlotOutputException">The folder cannot be created or a file in it cannot be written.</exception>
    public static WrittenPlots Write(string folder, DataSet data, TrainingResult trained, LinearFit closedForm)
    {
        ArgumentNullException.ThrowIfNull(trained);
        string fullFolder = PrepareFolder(folder);
        string loss = Save(LossPlot.Create(trained.LossCurve, closedForm), folder, Path.Combine(fullFolder, LossFileName));
        string fit = Save(FitPlot.Create(data, trained.Fit, closedForm), folder, Path.Combine(fullFolder, FitFileName));
        return new WrittenPlots(loss, fit);
    }

    private static string Save(Plot plot, string folder, string path)
    {
        try
        {
            plot.SavePng(path, Width, Height);
            return path;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new PlotOutputException(folder, $"{Path.GetFileName(path)} cannot be written: {exception.Message}", exception);
        }
    }
}
