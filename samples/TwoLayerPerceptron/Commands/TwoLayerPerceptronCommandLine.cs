using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using Samples.Common.Commands;
using TwoLayerPerceptron.Loading;
using TwoLayerPerceptron.Training;

namespace TwoLayerPerceptron.Commands;

/// <summary>The sample's command line: the shared options with this sample's defaults, and the network's own options.</summary>
public static class TwoLayerPerceptronCommandLine
{
    /// <summary>The largest hidden layer accepted; a wider one would take minutes per epoch on this data.</summary>
    public const int MaxHiddenCount = 1000;

    /// <summary>Builds the root command around the action that runs a parsed, valid request.</summary>
    /// <param name="run">Runs the request and returns the exit code.</param>
    /// <returns>The root command.</returns>
    public static RootCommand Create(Func<TwoLayerRequest, int> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var shared = new SharedOptions(PimaData.FileName, PimaData.TargetColumn, NetworkTrainer.DefaultSettings);
        var hidden = new Option<int>("--hidden")
        {
            Description = $"The number of tanh units in the hidden layer, at most {MaxHiddenCount}",
            HelpName = "N",
            DefaultValueFactory = _ => NetworkSettings.DefaultHiddenCount,
            CustomParser = ParseHiddenCount,
        };
        var weightDecay = new Option<double>("--weight-decay")
        {
            Description = "λ in the objective's ½·λ·Σw², which keeps the weights small; 0 turns it off",
            HelpName = "LAMBDA",
            DefaultValueFactory = _ => NetworkSettings.DefaultWeightDecay,
            CustomParser = NumberParsers.ParseNonNegativeNumber,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seeds the split into training and held-out rows and the starting weights",
            HelpName = "N",
            DefaultValueFactory = _ => NetworkSettings.DefaultSeed,
            CustomParser = NumberParsers.ParseWholeNumber,
        };

        var command = new RootCommand(
            "Trains a two-layer perceptron (tanh hidden layer, logistic output) by momentum gradient descent with gradients that "
                + "Perceptron.Gen generates at compile time, and scores it on held-out rows."
        );
        foreach (Option option in shared.All)
        {
            command.Options.Add(option);
        }

        command.Options.Add(hidden);
        command.Options.Add(weightDecay);
        command.Options.Add(seed);
        command.SetAction(parseResult =>
            run(
                new TwoLayerRequest(
                    shared.Read(parseResult),
                    new NetworkSettings(parseResult.GetValue(hidden), parseResult.GetValue(weightDecay), parseResult.GetValue(seed))
                )
            )
        );
        return command;
    }

    // The range check sits in the parser, not a validator: a validator that runs after a failed parse throws.
    private static int ParseHiddenCount(ArgumentResult result)
    {
        int count = NumberParsers.ParsePositiveWholeNumber(result);
        if (count > MaxHiddenCount)
        {
            result.AddError($"--hidden can be at most {MaxHiddenCount}, not {count}.");
        }

        return count;
    }
}
