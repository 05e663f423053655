using System.IO;
using Xunit;

namespace HousePrices.Tests;

/// <summary>Runs the whole program as a script would, capturing both outputs, for the end-to-end tests.</summary>
internal static class ProgramRun
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
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
