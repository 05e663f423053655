using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using HousePrices.Loading;
using HousePrices.Plotting;
using HousePrices.Training;
using Samples.Common.Commands;

namespace HousePrices.Commands;

/// <summary>
/// The sample's command line, parsed with System.CommandLine. Invalid values are reported as one line on the error output
/// with exit code <see cref="ExitCodes.InvalidInput"/>, rather than System.CommandLine's default of help text and exit code 1.
/// </summary>
public sealed class HousePricesCommandLine
{
    private readonly Option<string?> dataPath = new("--data")
    {
        Description = "A CSV file with a header row to fit instead of the embedded Boston house-price data",
        HelpName = "FILE",
    };

    private readonly Option<string> xColumn = new("--x")
    {
        Description = "The feature column, matched ignoring case",
        HelpName = "COLUMN",
        DefaultValueFactory = _ => EmbeddedDataSet.DefaultXColumn,
    };

    private readonly Option<string> yColumn = new("--y")
    {
        Description = "The target column, matched ignoring case",
        HelpName = "COLUMN",
        DefaultValueFactory = _ => EmbeddedDataSet.DefaultYColumn,
    };

    private readonly Option<int> epochs = new("--epochs")
    {
        Description = "Full passes of gradient descent over the data",
        HelpName = "N",
        DefaultValueFactory = _ => TrainingSettings.DefaultEpochs,
        CustomParser = NumberParsers.ParsePositiveWholeNumber,
    };

    private readonly Option<double> learningRate = new("--learning-rate")
    {
        Description = "The step size α; the feature is standardized, so 0.1 suits any data",
        HelpName = "RATE",
        DefaultValueFactory = _ => TrainingSettings.DefaultLearningRate,
        CustomParser = NumberParsers.ParsePositiveNumber,
    };

    private readonly Option<bool> json = new("--json")
    {
        Description = "Print only one JSON object with the trained and closed-form lines",
    };

    private readonly Option<bool> explain = new("--explain")
    {
        Description = "Replay one gradient step on three samples with the generated code, showing every value",
    };

    private readonly Option<string> plots = new("--plots")
    {
        Description = "The folder for the PNG plots of the loss and the fitted line; created if missing",
        HelpName = "DIR",
        DefaultValueFactory = _ => TrainingPlots.DefaultFolder,
    };

    private readonly Option<bool> noPlots = new("--no-plots") { Description = "Write no plots" };

    private readonly Option<bool> requireClosedForm = new("--require-closed-form")
    {
        Description = "Exit with code 3 if training does not reach the closed-form fit to one part in a million, as CI does",
    };

    /// <summary>Builds the command line around the action that runs a parsed, valid request.</summary>
    /// <param name="run">Runs the request and returns the exit code.</param>
    public HousePricesCommandLine(Func<HousePricesOptions, int> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Command = new RootCommand("Fits house prices with a perceptron whose gradients Perceptron.Gen generates at compile time.")
        {
            dataPath,
            xColumn,
            yColumn,
            epochs,
            learningRate,
            json,
            explain,
            requireClosedForm,
            plots,
            noPlots,
        };
        AddValidators();
        Command.SetAction(parseResult => run(ReadOptions(parseResult)));
    }

    /// <summary>The root command, with its options and action.</summary>
    public RootCommand Command { get; }

    /// <summary>Parses the arguments and runs the request, or reports why the arguments are not valid.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Where help and results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The process exit code; see <see cref="ExitCodes"/>.</returns>
    public int Invoke(string[] args, TextWriter output, TextWriter error)
    {
        ParseResult parseResult = Command.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            string problems = string.Join(" ", parseResult.Errors.Select(problem => problem.Message));
            error.WriteLine($"error: {problems} See --help.");
            return ExitCodes.InvalidInput;
        }

        return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private void AddValidators()
    {
        foreach (Option<string> column in new[] { xColumn, yColumn })
        {
            column.Validators.Add(result =>
            {
                if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
                {
                    result.AddError($"{column.Name} must name a column.");
                }
            });
        }

        plots.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError("--plots must name a folder.");
            }
        });

        Command.Validators.Add(result =>
        {
            if (result.GetValue(json) && result.GetValue(explain))
            {
                result.AddError("--json and --explain cannot be used together: the worked example is text only.");
            }

            if (result.GetValue(requireClosedForm) && result.GetValue(explain))
            {
                result.AddError("--require-closed-form and --explain cannot be used together: the worked example fits no data.");
            }

            // The worked example has its own three houses and one step: a fitting option named beside it would be ignored.
            foreach (Option fitting in new Option[] { dataPath, xColumn, yColumn, epochs, learningRate })
            {
                if (result.GetValue(explain) && result.GetResult(fitting) is { Implicit: false })
                {
                    result.AddError($"{fitting.Name} and --explain cannot be used together: the worked example fits no data.");
                }
            }

            bool plotsNamed = result.GetResult(plots) is { Implicit: false };
            if (plotsNamed && result.GetValue(noPlots))
            {
                result.AddError("--plots and --no-plots cannot be used together.");
            }

            if (plotsNamed && result.GetValue(explain))
            {
                result.AddError("--plots and --explain cannot be used together: the worked example draws no plots.");
            }
        });
    }

    private HousePricesOptions ReadOptions(ParseResult parseResult)
    {
        var training = new TrainingSettings(parseResult.GetValue(epochs), parseResult.GetValue(learningRate));
        return new HousePricesOptions(
            parseResult.GetValue(dataPath),
            parseResult.GetValue(xColumn)!,
            parseResult.GetValue(yColumn)!,
            training,
            parseResult.GetValue(json),
            parseResult.GetValue(explain),
            parseResult.GetValue(requireClosedForm),
            parseResult.GetValue(noPlots) ? null : parseResult.GetValue(plots)
        );
    }
}
