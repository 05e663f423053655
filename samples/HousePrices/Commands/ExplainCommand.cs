using System.IO;
using HousePrices.Explaining;

namespace HousePrices.Commands;

/// <summary>The <c>--explain</c> action: replay the worked example with the generated code and print every step.</summary>
public static class ExplainCommand
{
    /// <summary>Prints the worked example.</summary>
    /// <param name="output">Where to write.</param>
    /// <returns><see cref="ExitCodes.Success"/>.</returns>
    public static int Execute(TextWriter output)
    {
        WorkedExampleReport.Write(WorkedExample.Run(), output);
        return ExitCodes.Success;
    }
}
