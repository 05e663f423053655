using System.IO;
using System.Linq;
using HousePrices.Explaining;
using Xunit;

namespace HousePrices.Tests;

public sealed class WorkedExampleTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void EveryStepMatchesTheHandCalculation()
    {
        WorkedExampleSteps steps = WorkedExample.Run();

        // ŷ = 1.5·x + 1 for x = (2, 3, 4); errors ŷ − y against y = (5, 7, 9).
        Assert.Equal([4.0, 5.5, 7.0], steps.Predictions.ToArray());
        Assert.Equal([-1.0, -1.5, -2.0], steps.Errors.ToArray());

        // L = (1 + 2.25 + 4) / 3; ∂L/∂W = 2/3 · (−2 − 4.5 − 8); ∂L/∂B = 2/3 · (−1 − 1.5 − 2).
        Assert.Equal(7.25 / 3, steps.Loss, Tolerance);
        Assert.Equal(-29.0 / 3, steps.DLossDWeight, Tolerance);
        Assert.Equal(-3.0, steps.DLossDBias, Tolerance);

        // W_new = 1.5 + 0.01 · 29/3 = 1.59666…; B_new = 1 + 0.01 · 3 = 1.03.
        Assert.Equal(1.5 + (0.29 / 3), steps.NewWeight, Tolerance);
        Assert.Equal(1.03, steps.NewBias, Tolerance);
        Assert.Equal(2.4166666666666667, steps.Loss, Tolerance);
        Assert.Equal(1.5966666666666667, steps.NewWeight, Tolerance);
    }

    [Fact]
    public void ReportShowsTheFormulasAndTheRoundedValues()
    {
        var output = new StringWriter();

        WorkedExampleReport.Write(WorkedExample.Run(), output);

        string text = output.ToString();
        Assert.Contains("x = (2, 3, 4)   y = (5, 7, 9)   n = 3", text);
        Assert.Contains("W = 1.5   B = 1.0   α = 0.01", text);
        Assert.Contains("ŷ = (4.0, 5.5, 7.0)", text);
        Assert.Contains("ŷ − y = (−1.0, −1.5, −2.0)", text);
        Assert.Contains("L = (1.00 + 2.25 + 4.00) / 3 = 2.417", text);
        Assert.Contains("∂L/∂W = 2/n · Σ (ŷᵢ − yᵢ)·xᵢ", text);
        Assert.Contains("= 2/3 · (−2.0 − 4.5 − 8.0) = −9.667", text);
        Assert.Contains("∂L/∂B = 2/n · Σ (ŷᵢ − yᵢ)", text);
        Assert.Contains("= 2/3 · (−1.0 − 1.5 − 2.0) = −3.000", text);
        Assert.Contains("W_new = 1.5 − 0.01 · (−9.667) = 1.597", text);
        Assert.Contains("B_new = 1.0 − 0.01 · (−3.000) = 1.030", text);
    }
}
