using System;
using System.Linq;
using HousePrices.Training;
using ScottPlot;
using ScottPlot.Plottables;
using ScottPlot.TickGenerators;

namespace HousePrices.Plotting;

/// <summary>
/// The mean squared error after each epoch on a logarithmic axis, with the closed-form minimum as a dashed line that the curve
/// should settle on.
/// </summary>
public static class LossPlot
{
    /// <summary>Draws the plot.</summary>
    /// <param name="curve">The loss from the start to the end of training.</param>
    /// <param name="closedForm">The exact least-squares line, whose error is the least any line can reach.</param>
    /// <returns>The plot, ready to save.</returns>
    public static Plot Create(LossCurve curve, LinearFit closedForm)
    {
        ArgumentNullException.ThrowIfNull(curve);

        // A log axis cannot show a loss of exactly zero, which a perfect fit can reach; such points are left out, and the
        // curve ends where the loss last was positive.
        int[] shown = Enumerable.Range(0, curve.Losses.Length).Where(i => curve.Losses[i] > 0).ToArray();
        double[] epochs = shown.Select(i => (double)curve.Epochs[i]).ToArray();
        double[] losses = shown.Select(i => curve.Losses[i]).ToArray();

        var plot = new Plot();
        Scatter trained = plot.Add.ScatterLine(epochs, losses.Select(Math.Log10).ToArray(), Colors.SteelBlue);
        trained.LineWidth = 2;
        trained.LegendText = "gradient descent";

        double minimum = closedForm.MeanSquaredError;
        if (minimum > 0)
        {
            var line = plot.Add.HorizontalLine(Math.Log10(minimum), 1.5f, Colors.OrangeRed, LinePattern.Dashed);
            line.LegendText = "closed-form minimum";
            losses = [.. losses, minimum];
        }

        if (losses.Length > 0)
        {
            plot.Axes.Left.TickGenerator = new NumericManual(LogScaleTicks.Covering(losses.Min(), losses.Max()));
        }

        plot.Title("Training loss");
        plot.XLabel("epoch");
        plot.YLabel("mean squared error (log scale)");
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }
}
