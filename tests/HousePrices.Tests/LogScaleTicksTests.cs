using System;
using System.Linq;
using HousePrices.Plotting;
using ScottPlot;
using Xunit;

namespace HousePrices.Tests;

public sealed class LogScaleTicksTests
{
    [Fact]
    public void NarrowRangeLabelsOneTwoAndFiveTimesEachPowerOfTen()
    {
        Tick[] ticks = LogScaleTicks.Covering(43.6, 592);

        Tick[] labelled = ticks.Where(tick => tick.IsMajor).ToArray();
        Assert.Equal(["10", "20", "50", "100", "200", "500", "1000"], labelled.Select(tick => tick.Label));
        Assert.Equal(Math.Log10(50), labelled[2].Position, 1e-15);
        Assert.Contains(ticks, tick => !tick.IsMajor && Math.Abs(tick.Position - Math.Log10(60)) < 1e-15);
    }

    [Fact]
    public void WideRangeLabelsAtMostTenPowersOfTenAndMarksNoMultiples()
    {
        Tick[] ticks = LogScaleTicks.Covering(1e-30, 600);

        string[] labels = ticks.Where(tick => tick.IsMajor).Select(tick => tick.Label).ToArray();
        Assert.Equal(["1E-30", "1E-26", "1E-22", "1E-18", "1E-14", "1E-10", "1E-06", "0.01", "100"], labels);

        // Every tick sits on a whole power of ten.
        Assert.All(ticks, tick => Assert.Equal(Math.Round(tick.Position), tick.Position));
        Assert.Equal(34, ticks.Length);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-1, 1)]
    [InlineData(2, 1)]
    [InlineData(1, double.PositiveInfinity)]
    [InlineData(double.NaN, 1)]
    public void RangeThatALogAxisCannotShowIsRejected(double smallest, double largest)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LogScaleTicks.Covering(smallest, largest));
    }
}
