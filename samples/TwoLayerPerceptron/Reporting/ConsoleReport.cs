using System;
using System.Globalization;
using System.IO;
using Samples.Common.Loading;
using Samples.Common.Reporting;
using Samples.Common.Training;
using Spectre.Console;
using TwoLayerPerceptron.Training;

namespace TwoLayerPerceptron.Reporting;

/// <summary>
/// The human-readable report of a run: the network, the loss falling as it trains, and how it does on the training and the
/// held-out rows. Colours and a live progress bar on a terminal; plain text otherwise.
/// </summary>
/// <param name="output">Where to write.</param>
/// <param name="isTerminal">Whether <paramref name="output"/> is an interactive terminal.</param>
public sealed class ConsoleReport(TextWriter output, bool isTerminal)
{
    private readonly IAnsiConsole console = ReportConsole.Create(output, isTerminal);

    /// <summary>Says what is about to be trained and how.</summary>
    /// <param name="table">The data.</param>
    /// <param name="settings">Epochs, learning rate and momentum.</param>
    /// <param name="network">Hidden units, weight decay and seed.</param>
    public void WriteIntroduction(FeatureTable table, TrainingSettings settings, NetworkSettings network)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(network);
        string features = Markup.Escape(string.Join(", ", table.FeatureNames));
        string target = Markup.Escape(table.TargetName);
        string source = Markup.Escape(table.Source);
        int parameterCount = new NetworkParameters(table.FeatureCount, network.HiddenCount).Count;
        console.MarkupLine(Invariant($"Classifying [bold]{target}[/] from {table.FeatureCount} features ({features}):"));
        console.MarkupLine(Invariant($"{table.RowCount} rows of {source}"));
        string layers = Invariant($"{table.FeatureCount} inputs → {network.HiddenCount} tanh units → sigmoid");
        console.WriteLine(Invariant($"Two-layer perceptron: {layers}, {parameterCount} weights and biases"));
        console.WriteLine("Momentum gradient descent on standardized features, gradients from the generated TanhNetwork.ObjectiveGradient");
        string loss = Invariant($"the loss is the mean cross-entropy + ½·{network.WeightDecay}·Σw²");
        console.WriteLine(settings.Describe() + "; " + loss);
        console.WriteLine();
    }

    /// <summary>Runs training while showing its progress.</summary>
    /// <param name="totalEpochs">The number of epochs.</param>
    /// <param name="train">Runs training, reporting every epoch to the progress it is given.</param>
    /// <returns>What <paramref name="train"/> returns.</returns>
    public TrainingResult ShowTraining(int totalEpochs, Func<IProgress<EpochLoss>, TrainingResult> train) =>
        TrainingProgress.Show(console, output, isTerminal, totalEpochs, train);

    /// <summary>Writes how the trained network does on both parts of the data, beside always guessing the commoner class.</summary>
    /// <param name="trained">The result of training.</param>
    public void WriteResults(TrainingResult trained)
    {
        ArgumentNullException.ThrowIfNull(trained);
        double milliseconds = trained.Elapsed.TotalMilliseconds;
        console.WriteLine();
        console.WriteLine(
            Invariant($"Training took {milliseconds:0.#} ms; the loss went from {trained.InitialLoss:G8} to {trained.FinalLoss:G8}")
        );
        console.WriteLine(
            Invariant(
                $"Rows shuffled with seed {trained.Network.Seed}: {trained.Training.Count} for training, {trained.HeldOut.Count} held out"
            )
        );
        console.WriteLine();

        var table = new Table()
            .Border(isTerminal ? TableBorder.Rounded : TableBorder.Ascii)
            .AddColumn(new TableColumn(""))
            .AddColumn(new TableColumn("training").RightAligned())
            .AddColumn(new TableColumn("held out").RightAligned());
        table.AddRow("mean cross-entropy", Format(trained.Training.MeanCrossEntropy), Format(trained.HeldOut.MeanCrossEntropy));
        table.AddRow("accuracy", Format(trained.Training.Accuracy), Format(trained.HeldOut.Accuracy));
        table.AddRow("commoner class only", Format(trained.Training.MajorityAccuracy), Format(trained.HeldOut.MajorityAccuracy));
        console.Write(table);

        SplitScore heldOut = trained.HeldOut;
        string line =
            Invariant($"Held-out accuracy {heldOut.Accuracy:0.###}, ")
            + Invariant($"against {heldOut.MajorityAccuracy:0.###} for always predicting the commoner class.");
        string colour = heldOut.Accuracy > heldOut.MajorityAccuracy ? "green" : "yellow";
        console.MarkupLine($"[{colour}]{Markup.Escape(line)}[/]");
    }

    private static string Format(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
