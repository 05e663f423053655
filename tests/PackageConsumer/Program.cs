using System;
using System.Linq;

namespace PackageConsumer;

/// <summary>
/// Runs the code generated from the Perceptron.Gen package against values worked out by hand, checks that this assembly
/// keeps no reference to the package, and, given <c>--package FILE</c>, checks what the package holds.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var checks = new Checks();

        // h(x, y) = x²·y + 3·y at (2, 5): h = 4·5 + 3·5 = 35, ∂h/∂x = 2·x·y = 20, ∂h/∂y = x² + 3 = 7.
        var (height, dX, dY) = Surface.HeightGradient(2, 5);
        checks.Equal("h(2, 5)", 35, height);
        checks.Equal("∂h/∂x at (2, 5)", 20, dX);
        checks.Equal("∂h/∂y at (2, 5)", 7, dY);

        // ŷ = w·x + b with w = 1, b = 0.5 on x = (1, 2, 3), y = (2, 4, 7): the errors ŷ − y are (−0.5, −1.5, −3.5),
        // so L = (0.25 + 2.25 + 12.25)/3 = 59/12, ∂L/∂w = 2/3·(−0.5·1 − 1.5·2 − 3.5·3) = −28/3 and
        // ∂L/∂b = 2/3·(−0.5 − 1.5 − 3.5) = −11/3.
        double[] x = [1, 2, 3];
        double[] y = [2, 4, 7];
        var loss = Line.Backward(1, 0.5, x, y, out var dW, out var dB);
        checks.Equal("L(w = 1, b = 0.5)", 59.0 / 12, loss);
        checks.Equal("∂L/∂w", -28.0 / 3, dW);
        checks.Equal("∂L/∂b", -11.0 / 3, dB);

        // The attributes are [Conditional]: compiled away, so nothing of the package is needed at run time.
        var references = typeof(Program).Assembly.GetReferencedAssemblies().Select(name => name.Name ?? "").ToList();
        checks.That(
            $"this assembly references no Perceptron.Gen assembly (it references {string.Join(", ", references)})",
            !references.Any(name => name.StartsWith("Perceptron.Gen", StringComparison.Ordinal))
        );

        if (args is ["--package", var packagePath])
        {
            PackageContents.Check(packagePath, checks);
        }

        return checks.Finish();
    }
}
