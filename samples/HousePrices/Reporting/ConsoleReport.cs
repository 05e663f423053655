using System;
using System.Globalization;
using System.IO;
using HousePrices.Loading;
using HousePrices.Plotting;
using HousePrices.Training;
using Samples.Common.Reporting;
using Spectre.Console;
using EpochLoss = Samples.Common.Training.EpochLoss;

namespace HousePrices.Reporting;

/// <summary>
/// The human-readable report of a run: what is fitted, training progress, and the trained line beside the closed form. On a
/// terminal it uses Spectre.Console's colours and live progress; otherwise (a pipe, a file, CI) it writes plain text only.
/// </summary>
public sealed class ConsoleReport
{
    // Plain output is read in logs rather than a window, so it is not wrapped at a terminal's 80 columns.
    private const int PlainWidth = 140;

    private readonly IAnsiConsole console;
    private readonly TextWriter output;
    private readonly bool isTerminal;

    /// <summary>Creates a report that writes to a terminal or to plain text.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="isTerminal">Whether <paramref name="output"/> is an interactive terminal.</param>
    public ConsoleReport(TextWriter output, bool isTerminal)
    {
        this.output = output;
        this.isTerminal = isTerminal;
        console = AnsiConsole.Create(
            new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output),
                Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
            }
        );
        if (!isTerminal)
        {
            console.Profile.Width = PlainWidth;
        }
    }

    /// <summary>Says what is about to be fitted.</summary>
    /// <param name="data">The data to fit.</param>
    /// <param name="settings">The run's epochs and learning rate.</param>
    public void WriteIntroduction(DataSet data, TrainingSettings settings)
    {
        string x = Markup.Escape(data.XColumn);
        string y = Markup.Escape(data.YColumn);
        console.MarkupLine(Invariant($"Fitting [bold]{y}[/] from [bold]{x}[/]: {data.Count} rows of {Markup.Escape(data.Source)}"));
        console.WriteLine(
            Invariant($"Gradient descent on standardized {data.XColumn}, gradients from the generated PricePerceptron.Backward")
        );
        console.WriteLine(Invariant($"{settings.Epochs} epochs, learning rate {settings.LearningRate}"));
        console.WriteLine();
    }

    /// <summary>Runs training while showing its progress.</summary>
    /// <param name="totalEpochs">The number of epochs.</param>
    /// <param name="train">Runs training, reporting every epoch to the progress it is given.</param>
    /// <returns>What <paramref name="train"/> returns.</returns>
    public TrainingResult ShowTraining(int totalEpochs, Func<IProgress<EpochLoss>, TrainingResult> train)
    {
        return isTerminal ? LiveProgressBar.Run(console, totalEpochs, train) : train(new CheckpointLog(output));
    }

    /// <summary>
    /// Writes the trained line, the closed-form line, how far apart they are, and whether that is close enough: a green line
    /// when training reached the closed form, otherwise a yellow warning and a line that says what to change.
    /// </summary>
    /// <param name="data">The data that was fitted.</param>
    /// <param name="trained">The result of gradient descent.</param>
    /// <param name="closedForm">The exact least-squares line.</param>
    /// <param name="agreement">How close the trained line came to the closed form.</param>
    public void WriteResults(DataSet data, TrainingResult trained, LinearFit closedForm, ClosedFormAgreement agreement)
    {
        LinearFit fit = trained.Fit;
        string x = Markup.Escape(data.XColumn);
        string y = Markup.Escape(data.YColumn);
        string sign = fit.Bias < 0 ? "-" : "+";
        double milliseconds = trained.Elapsed.TotalMilliseconds;
        double loss = fit.MeanSquaredError;

        console.WriteLine();
        console.MarkupLine(Invariant($"Fitted line: [bold]{y} = {fit.Weight:G8} × {x} {sign} {Math.Abs(fit.Bias):G8}[/]"));
        console.WriteLine(Invariant($"Training took {milliseconds:0.###} ms; the loss went from {trained.InitialLoss:G8} to {loss:G8}"));
        console.WriteLine();
        console.WriteLine("Against the closed-form least-squares fit, computed independently:");
        console.Write(ResultsTable.Create(trained.Fit, closedForm, isTerminal));
        if (agreement.ReachedClosedForm)
        {
            console.MarkupLine("[green]" + Markup.Escape(ClosedFormVerdict.Reached(agreement)) + "[/]");
        }
        else
        {
            console.MarkupLine("[yellow]Warning: " + Markup.Escape(ClosedFormVerdict.NotReached(agreement)) + ".[/]");
            console.WriteLine(ClosedFormVerdict.Remedy(trained.Settings));
        }
    }

    /// <summary>Says where the plots were written.</summary>
    /// <param name="plots">The plots' absolute paths.</param>
    public void WritePlots(WrittenPlots plots)
    {
        ArgumentNullException.ThrowIfNull(plots);
        console.WriteLine();
        console.WriteLine("Plots:");
        WritePlotPath("loss by epoch ", plots.Loss);
        WritePlotPath("data and lines", plots.Fit);
    }

    private void WritePlotPath(string what, string path)
    {
        // A terminal that understands links opens the image on a click; elsewhere the markup is plain text.
        string escaped = Markup.Escape(path);
        string link = Markup.Escape(new Uri(path).AbsoluteUri);
        console.MarkupLine(isTerminal ? $"  {what}  [link={link}]{escaped}[/]" : $"  {what}  {escaped}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
