using System;
using System.Linq;
using Perceptron.Gen.Tests.Infrastructure;
using Xunit;

namespace Perceptron.Gen.Tests.Generator;

/// <summary>The generated source for representative inputs, against reviewed snapshots in <c>Snapshots/</c>.</summary>
public class SnapshotTests
{
    [Fact]
    public void Perceptron_with_squared_error()
    {
        var run = GeneratorHarness.Run(
            """
            using Perceptron.Gen;

            namespace HousePrices;

            public static partial class PricePerceptron
            {
                [Model]
                public static double Predict(double w, double b, [Data] double x) => w * x + b;

                [Loss]
                public static double SquaredError(double prediction, double y)
                {
                    double error = prediction - y;
                    return error * error;
                }
            }
            """
        );

        AssertCompiles(run);
        Snapshot.Verify("PricePerceptron.Model", run.GeneratedSources["HousePrices.PricePerceptron.Predict.Model.g.cs"]);
    }

    [Fact]
    public void Scalar_function_with_locals_power_and_division()
    {
        var run = GeneratorHarness.Run(
            """
            using System;
            using Perceptron.Gen;

            namespace Physics;

            public static partial class Projectile
            {
                [Differentiable]
                public static double Height(double speed, double angle, double time)
                {
                    double vertical = speed * angle;
                    double drop = 9.81 * Math.Pow(time, 2) / 2;
                    return vertical * time - drop;
                }
            }
            """
        );

        AssertCompiles(run);
        Snapshot.Verify("Projectile.Height", run.GeneratedSources["Physics.Projectile.Height.Gradient.g.cs"]);
    }

    [Fact]
    public void Subset_of_parameters_in_a_nested_type_of_the_global_namespace()
    {
        var run = GeneratorHarness.Run(
            """
            using Perceptron.Gen;

            internal partial struct Outer
            {
                internal static partial class Pricing
                {
                    [Differentiable(nameof(rate))]
                    internal static double Compound(double principal, double rate)
                    {
                        double growth = 1 + rate;
                        return principal * growth * growth * growth;
                    }
                }
            }
            """
        );

        AssertCompiles(run);
        Snapshot.Verify("Outer.Pricing.Compound", run.GeneratedSources["Outer+Pricing.Compound.Gradient.g.cs"]);
    }

    [Fact]
    public void Model_with_a_local_and_a_loss_without_locals()
    {
        var run = GeneratorHarness.Run(
            """
            using Perceptron.Gen;

            public static partial class Regression
            {
                [Model]
                public static double Predict(double w1, double w2, double b, [Data] double x1, [Data] double x2)
                {
                    double linear = w1 * x1 + w2 * x2;
                    return linear + b;
                }

                [Loss]
                public static double HalfSquaredError(double prediction, double target) => (prediction - target) * (prediction - target) / 2;
            }
            """
        );

        AssertCompiles(run);
        Snapshot.Verify("Regression.Model", run.GeneratedSources["Regression.Predict.Model.g.cs"]);
    }

    [Fact]
    public void The_readme_quotes_the_generated_backward_as_it_is()
    {
        var run = GeneratorHarness.Run(PerceptronSource);
        var generated = run.GeneratedSources["HousePrices.PricePerceptron.Predict.Model.g.cs"].Split('\n');
        var start = Array.FindIndex(generated, line => line.Contains("public static double Backward", StringComparison.Ordinal));
        var end = Array.FindIndex(generated, start, line => line == "        }");
        var backward = string.Join("\n", generated[start..(end + 1)].Select(line => line.Length >= 8 ? line[8..] : line));

        var readme = Repository.ReadText("README.md");
        Assert.Contains(backward, readme);
    }

    private const string PerceptronSource = """
        using Perceptron.Gen;

        namespace HousePrices;

        public static partial class PricePerceptron
        {
            [Model]
            public static double Predict(double w, double b, [Data] double x) => w * x + b;

            [Loss]
            public static double SquaredError(double prediction, double y)
            {
                double error = prediction - y;
                return error * error;
            }
        }
        """;

    private static void AssertCompiles(GeneratorRun run)
    {
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompilationErrors.IsEmpty, string.Join("\n", run.CompilationErrors.Select(error => error.ToString())));
    }
}
