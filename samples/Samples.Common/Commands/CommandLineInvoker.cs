using System.CommandLine;
using System.IO;
using System.Linq;

namespace Samples.Common.Commands;

/// <summary>
/// Runs a System.CommandLine command the way the samples promise: invalid arguments are reported as one line on the error
/// output with exit code <see cref="ExitCodes.InvalidInput"/>, rather than System.CommandLine's help text and exit code 1.
/// </summary>
public static class CommandLineInvoker
{
    /// <summary>Parses the arguments and runs the command's action, or reports why the arguments are not valid.</summary>
    /// <param name="command">The root command, with its options and action.</param>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Where help and results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The process exit code; see <see cref="ExitCodes"/>.</returns>
    public static int Invoke(RootCommand command, string[] args, TextWriter output, TextWriter error)
    {
        ParseResult parseResult = command.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            string problems = string.Join(" ", parseResult.Errors.Select(problem => problem.Message));
            error.WriteLine($"error: {problems} See --help.");
            return ExitCodes.InvalidInput;
        }

        return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
