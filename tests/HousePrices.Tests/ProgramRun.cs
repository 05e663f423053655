using System;
using System.IO;
using Xunit;

namespace HousePrices.Tests;

/// <summary>Runs the whole program as a script would, capturing both outputs, for the end-to-end tests.</summary>
internal static class ProgramRun
{
    /// <summary>
    /// Runs the program with <c>--no-plots</c> added unless the arguments choose a plot folder or say --no-plots themselves:
    /// the tests run in parallel and would otherwise all write the same files in the current folder's out/.
    /// </summary>
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        bool plotsChosen = Array.Exists(args, arg => arg is "--plots" or "--no-plots");
        return RunExactly(plotsChosen ? args : [.. args, "--no-plots"]);
    }

    /// <summary>Runs the program with exactly the given arguments.</summary>
    public static (int ExitCode, string Output, string Error) RunExactly(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exitCode = Program.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The text's only line, failing the test if there is more than one.</summary>
    public static string SingleLine(string text)
    {
        string[] lines = text.TrimEnd('\n').Split('\n');
        Assert.Single(lines);
        return lines[0];
    }
}
