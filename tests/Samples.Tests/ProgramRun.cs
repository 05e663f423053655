using System.IO;
using Xunit;

namespace Samples.Tests;

/// <summary>Runs a sample's whole program as a script would, capturing both outputs, for the end-to-end tests.</summary>
internal static class ProgramRun
{
    /// <summary>A sample's <c>Program.Run</c>, with plain (redirected) output.</summary>
    public delegate int Entry(string[] args, TextWriter output, TextWriter error, bool isTerminal);

    public static (int ExitCode, string Output, string Error) Run(Entry entry, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exitCode = entry(args, output, error, false);
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
