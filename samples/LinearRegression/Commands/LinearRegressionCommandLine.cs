using System;
using System.CommandLine;
using LinearRegression.Loading;
using LinearRegression.Training;
using Samples.Common.Commands;

namespace LinearRegression.Commands;

/// <summary>The sample's command line: the shared options with this sample's defaults.</summary>
public static class LinearRegressionCommandLine
{
    /// <summary>Builds the root command around the action that runs a parsed, valid request.</summary>
    /// <param name="run">Runs the request and returns the exit code.</param>
    /// <returns>The root command.</returns>
    public static RootCommand Create(Func<TrainingRequest, int> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var options = new SharedOptions(DiabetesData.FileName, DiabetesData.TargetColumn, LinearTrainer.DefaultSettings);
        var command = new RootCommand(
            "Fits a linear regression by momentum gradient descent with gradients that Perceptron.Gen generates at compile time, "
                + "and compares it with the least-squares solution computed independently."
        );
        foreach (Option option in options.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => run(options.Read(parseResult)));
        return command;
    }
}
