using System;
using System.Globalization;
using System.Linq;
using HousePrices.Loading;
using HousePrices.Training;
using ScottPlot;
using ScottPlot.Plottables;

namespace HousePrices.Plotting;

/// <summary>The data as points, with the trained line through them and the closed-form line dashed over it.</summary>
public static class FitPlot
{
    /// <summary>Draws the plot.</summary>
    /// <param name="data">The data that was fitted.</param>
    /// <param name="trained">The line from gradient descent, in the data's units.</param>
    /// <param name="closedForm">The exact least-squares line.</param>
    /// <returns>The plot, ready to save.</returns>
    public static Plot Create(DataSet data, LinearFit trained, LinearFit closedForm)
    {
        ArgumentNullException.ThrowIfNull(data);
        double[] x = data.X.ToArray();
        double[] y = data.Y.ToArray();

        var plot = new Plot();
        Scatter points = plot.Add.ScatterPoints(x, y, Colors.Gray.WithAlpha(0.6));
        points.MarkerSize = 5;
        points.LegendText = $"{data.Count} rows";

        // Both lines span the data's x range, so the plot is scaled to the data and not to a line's far end.
        double[] ends = [x.Min(), x.Max()];
        AddLine(plot, ends, trained, Colors.SteelBlue, LinePattern.Solid, 3, "gradient descent", data);
        AddLine(plot, ends, closedForm, Colors.OrangeRed, LinePattern.Dashed, 1.5f, "closed form", data);

        plot.Title($"{data.YColumn} against {data.XColumn}");
        plot.XLabel(data.XColumn);
        plot.YLabel(data.YColumn);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    private static void AddLine(
        Plot plot,
        double[] ends,
        LinearFit fit,
        Color color,
        LinePattern pattern,
        float width,
        string name,
        DataSet data
    )
    {
        double[] heights = ends.Select(x => (fit.Weight * x) + fit.Bias).ToArray();
        Scatter line = plot.Add.ScatterLine(ends, heights, color);
        line.LineWidth = width;
        line.LinePattern = pattern;
        string sign = fit.Bias < 0 ? "−" : "+";
        line.LegendText = string.Create(
            CultureInfo.InvariantCulture,
            $"{name}: {data.YColumn} = {fit.Weight:G6} × {data.XColumn} {sign} {Math.Abs(fit.Bias):G6}"
        );
    }
}
