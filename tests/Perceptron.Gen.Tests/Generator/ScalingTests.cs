using System;
using System.Linq;
using System.Text;
using Perceptron.Gen.Tests.Infrastructure;
using Xunit;

namespace Perceptron.Gen.Tests.Generator;

/// <summary>
/// The generated code grows linearly with the depth of a composed expression, not exponentially or quadratically, and a
/// deep expression differentiates without exhausting the stack.
/// </summary>
public class ScalingTests
{
    /// <summary><c>sin(1.01·sin(1.01·…sin(x)…) + y)</c>, nested <paramref name="depth"/> times in one expression.</summary>
    private static string ComposedSource(int depth)
    {
        var expression = new StringBuilder("x");
        for (var level = 0; level < depth; level++)
        {
            expression.Insert(0, "Math.Sin(1.01 * ").Append(" + y)");
        }

        return $$"""
            using System;
            using Perceptron.Gen;
            public static partial class Deep
            {
                [Differentiable]
                public static double Composed(double x, double y) => {{expression}};
            }
            """;
    }

    private static int GeneratedLength(int depth)
    {
        var run = GeneratorHarness.Run(ComposedSource(depth));
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompilationErrors.IsEmpty, string.Join("\n", run.CompilationErrors.Take(3)));
        return run.GeneratedSources.Values.Single().Length;
    }

    [Fact]
    public void Generated_code_grows_linearly_with_depth()
    {
        var atFive = GeneratedLength(5);
        var atFifty = GeneratedLength(50);
        var atFiveHundred = GeneratedLength(500);

        // Linear growth: ten times the depth, at most about ten times the code (plus the fixed frame).
        Assert.True(atFiveHundred < 12 * atFifty, $"depth 50: {atFifty} characters, depth 500: {atFiveHundred}");
        Assert.True(atFifty < 15 * atFive, $"depth 5: {atFive} characters, depth 50: {atFifty}");
    }
}
