using System.Collections.Generic;
using System.Globalization;
using Spectre.Console;

namespace Samples.Common.Reporting;

/// <summary>The table that sets trained values beside the independently computed ones, row by row, with their difference.</summary>
public static class ComparisonTable
{
    /// <summary>Builds the table.</summary>
    /// <param name="trainedHeading">The heading of the trained column, such as "gradient descent".</param>
    /// <param name="referenceHeading">The heading of the reference column, such as "least squares (QR)".</param>
    /// <param name="rows">One row per quantity: its name, trained value and reference value.</param>
    /// <param name="isTerminal">Whether the table goes to a terminal; plain output gets an ASCII border that any log viewer shows.</param>
    /// <returns>The table, values to 10 significant digits and differences to 2.</returns>
    public static Table Create(
        string trainedHeading,
        string referenceHeading,
        IEnumerable<(string Name, double Trained, double Reference)> rows,
        bool isTerminal
    )
    {
        var table = new Table()
            .Border(isTerminal ? TableBorder.Rounded : TableBorder.Ascii)
            .AddColumn(new TableColumn(""))
            .AddColumn(new TableColumn(Markup.Escape(trainedHeading)).RightAligned())
            .AddColumn(new TableColumn(Markup.Escape(referenceHeading)).RightAligned())
            .AddColumn(new TableColumn("difference").RightAligned());
        foreach ((string name, double trained, double reference) in rows)
        {
            table.AddRow(Markup.Escape(name), Format(trained, "G10"), Format(reference, "G10"), Format(trained - reference, "G2"));
        }

        return table;
    }

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
