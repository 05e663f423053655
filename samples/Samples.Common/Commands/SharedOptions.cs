using System.Collections.Generic;
using System.CommandLine;
using Samples.Common.Training;

namespace Samples.Common.Commands;

/// <summary>
/// The options every sample takes: <c>--data</c>, <c>--target</c>, <c>--epochs</c>, <c>--learning-rate</c>, <c>--momentum</c>
/// and <c>--json</c>, with the sample's own defaults.
/// </summary>
public sealed class SharedOptions
{
    /// <summary>Creates the options.</summary>
    /// <param name="embeddedDataName">The embedded data's file name, for the help text of <c>--data</c>.</param>
    /// <param name="defaultTarget">The target column of the embedded data.</param>
    /// <param name="defaults">The default epochs, learning rate and momentum.</param>
    public SharedOptions(string embeddedDataName, string defaultTarget, TrainingSettings defaults)
    {
        Data = new Option<string?>("--data")
        {
            Description = $"A CSV file with a header row to train on instead of the embedded {embeddedDataName}",
            HelpName = "FILE",
        };
        Target = new Option<string>("--target")
        {
            Description = "The target column, matched ignoring case; every other column is a feature",
            HelpName = "COLUMN",
            DefaultValueFactory = _ => defaultTarget,
        };
        Target.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError("--target must name a column.");
            }
        });
        Epochs = new Option<int>("--epochs")
        {
            Description = "Full passes over the training data, one gradient step each",
            HelpName = "N",
            DefaultValueFactory = _ => defaults.Epochs,
            CustomParser = NumberParsers.ParsePositiveWholeNumber,
        };
        LearningRate = new Option<double>("--learning-rate")
        {
            Description = "The step size α; the features are standardized, so it does not depend on their units",
            HelpName = "RATE",
            DefaultValueFactory = _ => defaults.LearningRate,
            CustomParser = NumberParsers.ParsePositiveNumber,
        };
        Momentum = new Option<double>("--momentum")
        {
            Description = "The momentum β of the heavy-ball step, from 0 (plain gradient descent) up to but not including 1",
            HelpName = "BETA",
            DefaultValueFactory = _ => defaults.Momentum,
            CustomParser = NumberParsers.ParseFractionBelowOne,
        };
        Json = new Option<bool>("--json") { Description = "Print only one JSON object with the results" };
    }

    /// <summary>The data file, or null for the embedded data.</summary>
    public Option<string?> Data { get; }

    /// <summary>The target column.</summary>
    public Option<string> Target { get; }

    /// <summary>The number of epochs.</summary>
    public Option<int> Epochs { get; }

    /// <summary>The learning rate α.</summary>
    public Option<double> LearningRate { get; }

    /// <summary>The momentum β.</summary>
    public Option<double> Momentum { get; }

    /// <summary>Whether to print only JSON.</summary>
    public Option<bool> Json { get; }

    /// <summary>Every option, in the order help lists them.</summary>
    public IEnumerable<Option> All => [Data, Target, Epochs, LearningRate, Momentum, Json];

    /// <summary>Reads what a valid parse asked for.</summary>
    /// <param name="parseResult">A parse without errors.</param>
    /// <returns>The data, target, training settings and output format.</returns>
    public TrainingRequest Read(ParseResult parseResult)
    {
        var training = new TrainingSettings(
            parseResult.GetValue(Epochs),
            parseResult.GetValue(LearningRate),
            parseResult.GetValue(Momentum)
        );
        return new TrainingRequest(parseResult.GetValue(Data), parseResult.GetValue(Target)!, training, parseResult.GetValue(Json));
    }
}
