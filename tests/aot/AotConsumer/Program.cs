using System;
using System.Globalization;

namespace AotConsumer;

/// <summary>Calls each generated method on inputs whose results are known by hand, and exits with 1 if any differs.</summary>
public static class Program
{
    private static int failures;

    /// <summary>Runs the checks.</summary>
    /// <returns>0 when every check passes, 1 otherwise.</returns>
    public static int Main()
    {
        // Height = speed·angle·time − 9.81·time²/2; ∂/∂speed = angle·time, ∂/∂angle = speed·time, ∂/∂time = speed·angle − 9.81·time.
        var (height, dSpeed, dAngle, dTime) = Projectile.HeightGradient(20, 0.5, 1.2);
        Check("Height", height, 12 - (9.81 * 1.44 / 2));
        Check("∂Height/∂speed", dSpeed, 0.6);
        Check("∂Height/∂angle", dAngle, 24);
        Check("∂Height/∂time", dTime, 10 - (9.81 * 1.2));

        // p(x) = 1 + 2x + 3x², p(2) = 17, p′(x) = 2 + 6x, p′(2) = 14.
        double value = Polynomial.EvaluateGradient([1, 2, 3], 2, out double dX);
        Check("p(2)", value, 17);
        Check("p′(2)", dX, 14);

        // At w = b = 0 on y = 2x + 1: L = mean(y²) = 41, ∂L/∂w = −2·mean(x·y) = −35, ∂L/∂b = −2·mean(y) = −12.
        double[] x = [1, 2, 3, 4];
        double[] y = [3, 5, 7, 9];
        double loss = LinePerceptron.Backward(0, 0, x, y, out double dW, out double dB);
        Check("L(0, 0)", loss, 41);
        Check("∂L/∂w", dW, -35);
        Check("∂L/∂b", dB, -12);

        // Gradient descent on the same data reaches the exact line.
        double w = 0;
        double b = 0;
        for (int epoch = 0; epoch < 5000; epoch++)
        {
            LinePerceptron.Backward(w, b, x, y, out dW, out dB);
            w -= 0.05 * dW;
            b -= 0.05 * dB;
        }

        Check("trained w", w, 2);
        Check("trained b", b, 1);

        Console.WriteLine(failures == 0 ? "all generated methods agree with the hand-computed values" : $"{failures} checks failed");
        return failures == 0 ? 0 : 1;
    }

    private static void Check(string name, double actual, double expected)
    {
        bool agrees = Math.Abs(actual - expected) <= 1e-9 * Math.Max(1, Math.Abs(expected));
        string verdict = agrees ? "ok  " : "FAIL";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{verdict} {name} = {actual:R} (expected {expected:R})"));
        if (!agrees)
        {
            failures++;
        }
    }
}
