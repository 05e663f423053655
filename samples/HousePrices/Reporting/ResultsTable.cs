using System.Globalization;
using HousePrices.Training;
using Spectre.Console;

namespace HousePrices.Reporting;

/// <summary>The table that sets the trained line beside the closed-form one, parameter by parameter.</summary>
public static class ResultsTable
{
    /// <summary>Builds the table.</summary>
    /// <param name="trained">The line from gradient descent.</param>
    /// <param name="closedForm">The exact least-squares line.</param>
    /// <param name="isTerminal">Whether the table goes to a terminal; plain output gets an ASCII border that any log viewer shows.</param>
    /// <returns>A table of slope, intercept and mean squared error, with the difference of each.</returns>
    public static Table Create(LinearFit trained, LinearFit closedForm, bool isTerminal)
    {
        var table = new Table()
            .Border(isTerminal ? TableBorder.Rounded : TableBorder.Ascii)
            .AddColumn(new TableColumn(""))
            .AddColumn(new TableColumn("gradient descent").RightAligned())
            .AddColumn(new TableColumn("closed form").RightAligned())
            .AddColumn(new TableColumn("difference").RightAligned());
        AddRow(table, "slope (w)", trained.Weight, closedForm.Weight);
        AddRow(table, "intercept (b)", trained.Bias, closedForm.Bias);
        AddRow(table, "mean squared error", trained.MeanSquaredError, closedForm.MeanSquaredError);
        return table;
    }

    private static void AddRow(Table table, string name, double trained, double closedForm)
    {
        table.AddRow(name, Format(trained, "G8"), Format(closedForm, "G8"), Format(trained - closedForm, "G2"));
    }

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
