using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Threading;
using Perceptron.Gen.Generator;
using Perceptron.Gen.Tests.Infrastructure;
using Xunit;

namespace Perceptron.Gen.Tests.Generator;

/// <summary>
/// The generated text is the same byte for byte from run to run and in every culture, and the generator keeps no
/// mutable state of its own between runs.
/// </summary>
public class DeterminismTests
{
    private const string Source = """
        using System;
        using Perceptron.Gen;
        public static partial class Mixed
        {
            [Differentiable]
            public static double Blend(double x, double y) => 0.1 * Math.Exp(-x * 1.5e-3) + y / 3.25 - Math.Pow(x, 2.5);

            [Differentiable]
            public static double Loop(double[] x, double scale)
            {
                double total = 0.5;
                for (int i = 0; i < x.Length; i++)
                {
                    total = total * 0.75 + Math.Tanh(x[i] * scale);
                }

                return total;
            }

            [Model]
            public static double Predict(double w, double b, [Data] double x) => w * x + b * 0.001;

            [Loss]
            public static double Error(double prediction, double y) => (prediction - y) * (prediction - y) / 2.5;
        }
        """;

    [Fact]
    public void A_comma_decimal_culture_changes_nothing_in_the_generated_text()
    {
        var invariant = RunIn(CultureInfo.InvariantCulture);
        var german = RunIn(CultureInfo.GetCultureInfo("de-DE"));

        Assert.Equal(invariant.Keys.OrderBy(key => key), german.Keys.OrderBy(key => key));
        foreach (var (hintName, text) in invariant)
        {
            Assert.Equal(text, german[hintName]);
        }

        Assert.Contains("1.5", invariant["Mixed.Blend.Gradient.g.cs"]);
    }

    [Fact]
    public void Two_runs_give_the_same_text()
    {
        var first = RunIn(CultureInfo.InvariantCulture);
        var second = RunIn(CultureInfo.InvariantCulture);
        Assert.Equal(first, second);
    }

    [Fact]
    public void The_generator_holds_no_static_mutable_state()
    {
        var mutable = typeof(DifferentiationGenerator)
            .Assembly.GetTypes()
            .Where(type => !type.Namespace?.StartsWith("System", System.StringComparison.Ordinal) ?? true)
            .SelectMany(type =>
                type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
            )
            .Where(field => !field.IsInitOnly && !field.IsLiteral && !field.Name.Contains('<'))
            .Select(field => $"{field.DeclaringType!.Name}.{field.Name}")
            .ToList();
        Assert.Empty(mutable);
    }

    private static System.Collections.Immutable.ImmutableDictionary<string, string> RunIn(CultureInfo culture)
    {
        var previous = (Thread.CurrentThread.CurrentCulture, Thread.CurrentThread.CurrentUICulture);
        Thread.CurrentThread.CurrentCulture = culture;
        Thread.CurrentThread.CurrentUICulture = culture;
        try
        {
            var run = GeneratorHarness.Run(Source);
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationErrors);
            return run.GeneratedSources;
        }
        finally
        {
            (Thread.CurrentThread.CurrentCulture, Thread.CurrentThread.CurrentUICulture) = previous;
        }
    }
}
