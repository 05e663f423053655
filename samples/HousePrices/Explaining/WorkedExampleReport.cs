using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace HousePrices.Explaining;

/// <summary>Prints the worked example as a derivation a student would write by hand, one numbered step at a time.</summary>
public static class WorkedExampleReport
{
    /// <summary>Writes the worked example.</summary>
    /// <param name="steps">The values computed by <see cref="WorkedExample.Run"/>.</param>
    /// <param name="output">Where to write; plain text, no colour.</param>
    public static void Write(WorkedExampleSteps steps, TextWriter output)
    {
        int n = steps.X.Length;
        string w = Number(steps.Weight, "0.0##");
        string b = Number(steps.Bias, "0.0##");
        string alpha = Number(steps.LearningRate, "0.###");
        string dW = Number(steps.DLossDWeight, "0.000");
        string dB = Number(steps.DLossDBias, "0.000");
        string squares = string.Join(" + ", steps.Errors.Select(error => Number(error * error, "0.00")));
        IEnumerable<double> errorsTimesX = steps.Errors.Zip(steps.X, (error, x) => error * x);

        output.WriteLine("Worked example: one step of gradient descent, computed by the code Perceptron.Gen generates");
        output.WriteLine();
        output.WriteLine("  model   ŷ = W·x + B                 PricePerceptron.Predict");
        output.WriteLine("  loss    L = 1/n · Σ (ŷᵢ − yᵢ)²      PricePerceptron.SquaredError, averaged over the samples");
        output.WriteLine($"  data    x = {Tuple(steps.X, "0.#")}   y = {Tuple(steps.Y, "0.#")}   n = {n}");
        output.WriteLine($"  start   W = {w}   B = {b}   α = {alpha}");
        output.WriteLine();
        output.WriteLine("1. Forward, ŷᵢ = W·xᵢ + B (PricePerceptron.Forward)");
        output.WriteLine($"   ŷ = {Tuple(steps.Predictions, "0.0")}");
        output.WriteLine("2. Errors, ŷᵢ − yᵢ");
        output.WriteLine($"   ŷ − y = {Tuple(steps.Errors, "0.0")}");
        output.WriteLine("3. Loss, L = 1/n · Σ (ŷᵢ − yᵢ)² (PricePerceptron.Loss)");
        output.WriteLine($"   L = ({squares}) / {n} = {Number(steps.Loss, "0.000")}");
        output.WriteLine("4. Gradient, the derivative Perceptron.Gen generated from the model and loss (PricePerceptron.Backward)");
        output.WriteLine("   ∂L/∂W = 2/n · Σ (ŷᵢ − yᵢ)·xᵢ");
        output.WriteLine($"         = 2/{n} · ({Sum(errorsTimesX)}) = {dW}");
        output.WriteLine("   ∂L/∂B = 2/n · Σ (ŷᵢ − yᵢ)");
        output.WriteLine($"         = 2/{n} · ({Sum(steps.Errors)}) = {dB}");
        output.WriteLine("5. Update, W ← W − α·∂L/∂W and B ← B − α·∂L/∂B");
        output.WriteLine($"   W_new = {w} − {alpha} · ({dW}) = {Number(steps.NewWeight, "0.000")}");
        output.WriteLine($"   B_new = {b} − {alpha} · ({dB}) = {Number(steps.NewBias, "0.000")}");
        output.WriteLine();
        output.WriteLine("Training repeats steps 1 to 5 once per epoch; run without --explain to fit the house-price data.");
    }

    // Negative numbers take the minus sign (U+2212) so the derivation reads like typeset arithmetic.
    private static string Number(double value, string format) =>
        value < 0 ? "−" + (-value).ToString(format, CultureInfo.InvariantCulture) : value.ToString(format, CultureInfo.InvariantCulture);

    private static string Tuple(IEnumerable<double> values, string format) =>
        "(" + string.Join(", ", values.Select(value => Number(value, format))) + ")";

    // Writes a sum as "−2.0 − 4.5 − 8.0" rather than "-2.0 + -4.5 + -8.0".
    private static string Sum(IEnumerable<double> terms)
    {
        var sum = new StringBuilder();
        foreach (double term in terms)
        {
            string magnitude = Number(Math.Abs(term), "0.0");
            string sign = (sum.Length == 0, term < 0) switch
            {
                (true, true) => "−",
                (true, false) => "",
                (false, true) => " − ",
                (false, false) => " + ",
            };
            sum.Append(sign).Append(magnitude);
        }

        return sum.ToString();
    }
}
