using System;
using System.Globalization;
using System.IO;
using System.Linq;
using LinearRegression.Training;
using Samples.Common.Loading;
using Samples.Common.Reporting;
using Samples.Common.Training;
using Spectre.Console;

namespace LinearRegression.Reporting;

/// <summary>
/// The human-readable report of a run: what is fitted, training progress, and the trained coefficients beside the
/// least-squares ones. Colours and a live progress bar on a terminal; plain text otherwise.
/// </summary>
/// <param name="output">Where to write.</param>
/// <param name="isTerminal">Whether <paramref name="output"/> is an interactive terminal.</param>
public sealed class ConsoleReport(TextWriter output, bool isTerminal)
{
    private readonly IAnsiConsole console = ReportConsole.Create(output, isTerminal);

    /// <summary>Says what is about to be fitted and how.</summary>
    /// <param name="table">The data.</param>
    /// <param name="settings">The run's settings.</param>
    public void WriteIntroduction(FeatureTable table, TrainingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(settings);
        string features = Markup.Escape(string.Join(", ", table.FeatureNames));
        string target = Markup.Escape(table.TargetName);
        string source = Markup.Escape(table.Source);
        console.MarkupLine(Invariant($"Fitting [bold]{target}[/] from {table.FeatureCount} features ({features}):"));
        console.MarkupLine(Invariant($"{table.RowCount} rows of {source}"));
        console.WriteLine("Momentum gradient descent on standardized features, gradients from the generated " + GradientMethod);
        console.WriteLine(settings.Describe());
        console.WriteLine();
    }

    /// <summary>Runs training while showing its progress.</summary>
    /// <param name="totalEpochs">The number of epochs.</param>
    /// <param name="train">Runs training, reporting every epoch to the progress it is given.</param>
    /// <returns>What <paramref name="train"/> returns.</returns>
    public TrainingResult ShowTraining(int totalEpochs, Func<IProgress<EpochLoss>, TrainingResult> train) =>
        TrainingProgress.Show(console, output, isTerminal, totalEpochs, train);

    /// <summary>
    /// Writes the trained coefficients beside the least-squares ones, and whether they agree: a green line when training
    /// reached the least-squares fit, otherwise a yellow warning and what to change.
    /// </summary>
    /// <param name="table">The data.</param>
    /// <param name="trained">The result of training.</param>
    /// <param name="reference">The least-squares fit.</param>
    /// <param name="comparison">How close the two are.</param>
    public void WriteResults(FeatureTable table, TrainingResult trained, RegressionFit reference, FitComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(trained);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(comparison);
        double milliseconds = trained.Elapsed.TotalMilliseconds;
        console.WriteLine();
        console.WriteLine(
            Invariant($"Training took {milliseconds:0.#} ms; the loss went from {trained.InitialLoss:G8} to {trained.FinalLoss:G8}")
        );
        console.WriteLine();
        console.WriteLine(
            "Against the least-squares solution of the normal equations (Householder QR, data units), computed independently:"
        );
        LinearCoefficients fitted = trained.Fit.Coefficients;
        LinearCoefficients exact = reference.Coefficients;
        var rows = table
            .FeatureNames.Select((name, j) => ($"weight {name}", fitted.Weights[j], exact.Weights[j]))
            .Append(("intercept", fitted.Bias, exact.Bias))
            .Append(("mean squared error", trained.Fit.MeanSquaredError, reference.MeanSquaredError));
        console.Write(ComparisonTable.Create("gradient descent", "least squares", rows, isTerminal));

        string difference = Invariant($"largest relative difference {comparison.LargestRelativeDifference:G2} ({comparison.LargestAt})");
        if (comparison.ReachedReference)
        {
            string line = Invariant($"Reached the least-squares fit: {difference}, within the tolerance {Tolerance}.");
            console.MarkupLine("[green]" + Markup.Escape(line) + "[/]");
        }
        else
        {
            string line = Invariant($"Warning: did not reach the least-squares fit: {difference}, above the tolerance {Tolerance}.");
            console.MarkupLine("[yellow]" + Markup.Escape(line) + "[/]");
            console.WriteLine("Try more --epochs, or the default --learning-rate and --momentum.");
        }
    }

    private const string GradientMethod = "LinearModel.MeanSquaredErrorGradient";

    private const double Tolerance = ReferenceAgreement.Tolerance;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
