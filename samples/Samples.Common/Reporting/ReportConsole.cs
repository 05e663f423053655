using System.IO;
using Spectre.Console;

namespace Samples.Common.Reporting;

/// <summary>
/// The Spectre.Console console a report writes to: colours and live progress on a terminal; plain text, 140 columns wide and
/// without any escape code, when the output is a pipe, a file or CI.
/// </summary>
public static class ReportConsole
{
    // Plain output is read in logs rather than a window, so it is not wrapped at a terminal's 80 columns.
    private const int PlainWidth = 140;

    /// <summary>Creates the console.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="isTerminal">Whether <paramref name="output"/> is an interactive terminal.</param>
    /// <returns>A console that writes to <paramref name="output"/>.</returns>
    public static IAnsiConsole Create(TextWriter output, bool isTerminal)
    {
        IAnsiConsole console = AnsiConsole.Create(
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

        return console;
    }
}
